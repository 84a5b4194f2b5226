direct 1
direct 2
direct 3
speculative 1
speculative 2
speculative 3
direct 4
exit

-- @@stderr --
