-- @@stderr --
dtrace: failed to compile script err-mod-args.d: [D_PROTO_LEN] line 9: mod( ) prototype mismatch: 2 args passed, 1 expected
