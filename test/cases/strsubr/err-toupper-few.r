-- @@stderr --
dtrace: failed to compile script err-toupper-few.d: [D_PROTO_LEN] line 9: toupper( ) prototype mismatch: 0 args passed, 1 expected
