-- @@stderr --
dtrace: failed to compile script rand-args.d: [D_PROTO_LEN] line 9: rand( ) prototype mismatch: 1 arg passed, 0 expected
