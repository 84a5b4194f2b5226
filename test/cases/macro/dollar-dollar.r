42 execname 1

-- @@stderr --
