1 []

-- @@stderr --
