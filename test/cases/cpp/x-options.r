3 42

-- @@stderr --
