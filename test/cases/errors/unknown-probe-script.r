-- @@stderr --
dtrace: failed to compile script unknown-probe-script.d: line 1: probe description syscall::nosuchsyscall:entry does not match any probes
