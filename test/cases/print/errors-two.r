-- @@stderr --
dtrace: failed to compile script errors-two.d: [D_PROTO_LEN] line 10: print( ) prototype mismatch: 2 args passed, 1 expected
