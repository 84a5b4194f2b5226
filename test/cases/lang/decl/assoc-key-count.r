-- @@stderr --
dtrace: failed to compile script assoc-key-count.d: [D_PROTO_LEN] line 2: counts[ ] prototype mismatch: 2 keys passed, 1 expected
