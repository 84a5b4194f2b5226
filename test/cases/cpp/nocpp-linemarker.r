-- @@stderr --
dtrace: failed to compile script nocpp-linemarker.d: line 42: syntax error near ";"
