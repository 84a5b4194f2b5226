-- @@stderr --
dtrace: failed to compile script int-letters.d: [D_SYNTAX] line 3: syntax error near "abc"
