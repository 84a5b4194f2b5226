exit status 0
1
version line ok
-- @@stderr --
