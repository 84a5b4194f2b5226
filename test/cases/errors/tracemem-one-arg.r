-- @@stderr --
dtrace: failed to compile script tracemem-one-arg.d: [D_PROTO_LEN] line 9: tracemem( ) prototype mismatch: 1 arg passed, at least 2 expected
