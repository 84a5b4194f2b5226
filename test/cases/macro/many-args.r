45 10 11

-- @@stderr --
