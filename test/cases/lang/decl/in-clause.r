-- @@stderr --
dtrace: failed to compile script in-clause.d: [D_SYNTAX] line 1: syntax error near "int"
