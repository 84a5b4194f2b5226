exit status 0
fast
dtrace 3
proc 13
profile 15
sdt many
syscall many
IDs ascending
1
-- @@stderr --
