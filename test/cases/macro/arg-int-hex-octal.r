31 15 0

-- @@stderr --
