quiet by pragma

-- @@stderr --
