20 5 3 0

-- @@stderr --
dtrace: 1 dynamic variable drop
