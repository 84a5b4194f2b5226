-- @@stderr --
dtrace: failed to compile script else-without-if.d: [D_SYNTAX] line 1: syntax error near "else"
