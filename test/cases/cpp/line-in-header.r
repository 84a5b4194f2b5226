-- @@stderr --
dtrace: failed to compile script line-in-header.d: [D_SYNTAX] "inc/bad.h", line 3: syntax error near ";"
