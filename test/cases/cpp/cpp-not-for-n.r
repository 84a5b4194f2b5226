exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { printf("%d\n", N); exit(0); }: in action list: failed to resolve N: Unknown variable name
