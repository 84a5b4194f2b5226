-- @@stderr --
dtrace: failed to compile script trace-no-args.d: [D_PROTO_LEN] line 1: trace( ) prototype mismatch: 0 args passed, 1 expected
