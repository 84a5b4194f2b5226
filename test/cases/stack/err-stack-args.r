-- @@stderr --
dtrace: failed to compile script err-stack-args.d: [D_STACK_PROTO] line 9: stack( ) prototype mismatch: too many arguments
