42

-- @@stderr --
