exit status 1
exit status 1
exit status 1
exit status 1
-- @@stderr --
dtrace: invalid probe specifier io:::wait-start { trace(timestamp); }: probe description io:::wait-start does not match any probes
dtrace: invalid probe specifier io:::wait-done { trace(timestamp); }: probe description io:::wait-done does not match any probes
dtrace: invalid probe specifier io:::start { trace(args[3]); }: in action list: index 3 is out of range for io:::start args[ ]
dtrace: invalid probe specifier io:::done { trace(args[1]->dev_nosuch); }: in action list: dev_nosuch is not a member of devinfo_t
