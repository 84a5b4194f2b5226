-- @@stderr --
dtrace: failed to compile script err-sym-noargs.d: [D_PROTO_LEN] line 9: sym( ) prototype mismatch: 0 args passed, 1 expected
