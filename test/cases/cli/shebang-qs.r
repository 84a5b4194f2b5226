from a #! script

exit status 0
-- @@stderr --
