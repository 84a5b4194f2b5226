exit status 0
fast
dtrace 3
io 2
proc 13
profile 15
sched 10
sdt many
syscall many
IDs ascending
1
-- @@stderr --
