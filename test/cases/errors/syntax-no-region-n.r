exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { x = 1 + ; }: [D_SYNTAX] syntax error near ";"
