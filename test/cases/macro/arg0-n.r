$0 is the command
-- @@stderr --
