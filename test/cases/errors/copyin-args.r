-- @@stderr --
dtrace: failed to compile script copyin-args.d: [D_PROTO_LEN] line 9: copyin( ) prototype mismatch: 1 arg passed, 2 expected
