second

-- @@stderr --
