5 1

-- @@stderr --
