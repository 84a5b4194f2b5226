6

-- @@stderr --
