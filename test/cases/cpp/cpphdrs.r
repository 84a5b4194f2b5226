42

exit status 0
. inc/values.h
-- @@stderr --
