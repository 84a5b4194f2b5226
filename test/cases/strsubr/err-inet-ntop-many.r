-- @@stderr --
dtrace: failed to compile script err-inet-ntop-many.d: [D_PROTO_LEN] line 9: inet_ntop( ) prototype mismatch: 1 arg passed, 2 expected
