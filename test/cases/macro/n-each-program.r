exit status 1
3

exit status 0
-- @@stderr --
dtrace: invalid probe specifier BEGIN { exit(0); }: extraneous argument '3' ($1 is not referenced)
