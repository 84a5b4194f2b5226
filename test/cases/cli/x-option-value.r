ok

exit status 0
-- @@stderr --
