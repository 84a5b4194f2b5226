1
2
n 2

-- @@stderr --
dtrace: 3 speculative drops
