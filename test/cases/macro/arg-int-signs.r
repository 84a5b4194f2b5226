-12 7 -5

-- @@stderr --
