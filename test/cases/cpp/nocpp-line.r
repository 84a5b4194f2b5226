-- @@stderr --
dtrace: failed to compile script nocpp-line.d: [D_SYNTAX] "other.d", line 102: syntax error near ";"
