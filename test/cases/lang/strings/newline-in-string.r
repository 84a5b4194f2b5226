-- @@stderr --
dtrace: failed to compile script newline-in-string.d: [D_STR_NL] line 4: newline encountered in string literal
