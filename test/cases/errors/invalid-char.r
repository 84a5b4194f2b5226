-- @@stderr --
dtrace: failed to compile script invalid-char.d: [D_SYNTAX] line 3: syntax error near "@"
