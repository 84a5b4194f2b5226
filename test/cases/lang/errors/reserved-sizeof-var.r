-- @@stderr --
dtrace: failed to compile script reserved-sizeof-var.d: [D_SYNTAX] line 1: syntax error near "="
