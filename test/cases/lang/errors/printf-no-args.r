-- @@stderr --
dtrace: failed to compile script printf-no-args.d: [D_PROTO_LEN] line 1: printf( ) prototype mismatch: 0 args passed, at least 1 expected
