-- @@stderr --
dtrace: failed to compile script assoc-key-count.d: [D_PROTO_LEN] line 11: a[ ] prototype mismatch: 1 key passed, 2 expected
