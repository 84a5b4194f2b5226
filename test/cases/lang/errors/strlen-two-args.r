-- @@stderr --
dtrace: failed to compile script strlen-two-args.d: [D_PROTO_LEN] line 1: strlen( ) prototype mismatch: 2 args passed, 1 expected
