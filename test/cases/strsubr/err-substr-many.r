-- @@stderr --
dtrace: failed to compile script err-substr-many.d: [D_PROTO_LEN] line 10: substr( ) prototype mismatch: 4 args passed, at least 2 expected
