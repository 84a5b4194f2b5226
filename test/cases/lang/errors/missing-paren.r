-- @@stderr --
dtrace: failed to compile script missing-paren.d: [D_SYNTAX] line 1: syntax error near ";"
