-- @@stderr --
dtrace: failed to compile script err-discard-args.d: [D_PROTO_LEN] line 3: discard( ) prototype mismatch: 2 args passed, 1 expected
