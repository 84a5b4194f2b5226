0

-- @@stderr --
