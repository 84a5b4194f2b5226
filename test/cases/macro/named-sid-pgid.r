sid and pgid match
-- @@stderr --
