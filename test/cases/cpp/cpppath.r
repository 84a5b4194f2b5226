7

exit status 0
dtrace: failed to compile script p.d: Failed to exec preprocessor
exit status 1
-- @@stderr --
