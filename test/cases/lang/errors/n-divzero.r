exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { x = 1 / 0; }: expression contains division by zero
