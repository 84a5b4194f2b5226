-- @@stderr --
dtrace: failed to compile script exit-no-args.d: [D_PROTO_LEN] line 1: exit( ) prototype mismatch: 0 args passed, 1 expected
