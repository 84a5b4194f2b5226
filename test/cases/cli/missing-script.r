exit status 1
-- @@stderr --
dtrace: failed to open no-such-script.d: No such file or directory
