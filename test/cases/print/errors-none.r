-- @@stderr --
dtrace: failed to compile script errors-none.d: [D_PROTO_LEN] line 10: print( ) prototype mismatch: 0 args passed, 1 expected
