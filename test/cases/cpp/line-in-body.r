-- @@stderr --
dtrace: failed to compile script line-in-body.d: line 26: syntax error near ";"
