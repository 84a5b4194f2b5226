-- @@stderr --
dtrace: failed to compile script line-after-header.d: line 12: syntax error near ";"
