-- @@stderr --
dtrace: failed to compile script syntax-eof.d: line 4: syntax error near end of input
