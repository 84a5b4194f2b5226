ids match
-- @@stderr --
