-- @@stderr --
dtrace: failed to compile script reserved-string-var.d: [D_SYNTAX] line 1: syntax error near "string"
