exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN /1 && "a"/ { exit(0); }: [D_OP_SCALAR] in predicate: operator && requires operands of scalar type
