exit status 1
-- @@stderr --
dtrace: invalid pid: notapid
