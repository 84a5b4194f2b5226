-- @@stderr --
dtrace: failed to compile script reserved-if.d: [D_SYNTAX] line 1: syntax error near "="
