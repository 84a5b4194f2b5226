exit status 1
-- @@stderr --
