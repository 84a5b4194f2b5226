two

-- @@stderr --
