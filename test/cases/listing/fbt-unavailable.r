   ID   PROVIDER            MODULE                          FUNCTION NAME
exit status 1
exit status 1
exit status 1
exit status 1
-Z: 0

exit status 0
-- @@stderr --
dtrace: invalid probe specifier fbt: probe description fbt::: does not match any probes: fbt needs kprobes or fentry, which this kernel does not allow
dtrace: invalid probe specifier fbt::vfs_read:entry { trace(arg0); }: probe description fbt::vfs_read:entry does not match any probes: fbt needs kprobes or fentry, which this kernel does not allow
dtrace: failed to compile script /dev/stdin: line 2: probe description fbt:::entry does not match any probes: fbt needs kprobes or fentry, which this kernel does not allow
dtrace: invalid probe specifier *:::no-such-probe: probe description *:::no-such-probe does not match any probes
