exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN /y/ { exit(0); }: in predicate: failed to resolve y: Unknown variable name
