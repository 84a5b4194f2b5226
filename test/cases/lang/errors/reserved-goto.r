-- @@stderr --
dtrace: failed to compile script reserved-goto.d: [D_SYNTAX] line 1: syntax error near "goto"
