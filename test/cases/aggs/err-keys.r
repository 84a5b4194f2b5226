-- @@stderr --
dtrace: failed to compile script err-keys.d: [D_PROTO_LEN] line 4: @a[ ] prototype mismatch: 2 args passed, 1 expected
