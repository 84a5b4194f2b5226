exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { x = 1 / 0; }: [D_DIV_ZERO] in action list: expression contains division by zero
