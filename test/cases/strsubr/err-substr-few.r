-- @@stderr --
dtrace: failed to compile script err-substr-few.d: [D_PROTO_LEN] line 9: substr( ) prototype mismatch: 1 arg passed, at least 2 expected
