exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { x = "a" + 1; }: [D_OP_INCOMPAT] in action list: operands have incompatible types: "string" + "int"
