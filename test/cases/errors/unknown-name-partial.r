exit status 1
-- @@stderr --
dtrace: invalid probe specifier nosuchname { exit(0); }: probe description :::nosuchname does not match any probes
