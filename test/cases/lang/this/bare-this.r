-- @@stderr --
dtrace: failed to compile script bare-this.d: [D_SYNTAX] line 1: syntax error near "="
