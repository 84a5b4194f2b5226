-- @@stderr --
dtrace: failed to compile script line-numbers.d: [D_SYNTAX] line 27: syntax error near ";"
