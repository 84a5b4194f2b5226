-- @@stderr --
dtrace: failed to compile script err-count-args.d: [D_PROTO_LEN] line 3: count( ) prototype mismatch: 1 args passed, at most 0 expected
