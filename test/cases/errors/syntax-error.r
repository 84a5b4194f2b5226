-- @@stderr --
dtrace: failed to compile script syntax-error.d: line 3: syntax error near ")"
