-- @@stderr --
dtrace: failed to compile script err-speculation-args.d: [D_PROTO_LEN] line 3: speculation( ) prototype mismatch: 1 arg passed, 0 expected
