exit status 1
-- @@stderr --
dtrace: invalid probe specifier syscall::nosuchsyscall:entry { exit(0); }: probe description syscall::nosuchsyscall:entry does not match any probes
