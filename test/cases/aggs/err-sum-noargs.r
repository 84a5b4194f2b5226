-- @@stderr --
dtrace: failed to compile script err-sum-noargs.d: [D_PROTO_LEN] line 3: sum( ) prototype mismatch: 0 args passed, 1 expected
