hello 42

-- @@stderr --
