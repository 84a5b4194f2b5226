-- @@stderr --
dtrace: failed to compile script syntax-error-brace.d: line 4: syntax error near "y"
