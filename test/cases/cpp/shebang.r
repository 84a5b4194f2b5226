-- @@stderr --
dtrace: failed to compile script shebang.d: line 10: syntax error near ";"
