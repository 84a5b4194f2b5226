-- @@stderr --
dtrace: failed to compile script missing-semicolon-decl.d: [D_SYNTAX] line 2: syntax error near "BEGIN"
