quiet

exit status 0
-- @@stderr --
