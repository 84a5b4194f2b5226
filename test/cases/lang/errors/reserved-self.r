-- @@stderr --
dtrace: failed to compile script reserved-self.d: [D_SYNTAX] line 1: syntax error near "="
