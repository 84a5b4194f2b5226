exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { x = "a" + "b"; }: [D_OP_INCOMPAT] in action list: operands have incompatible types: "string" + "string"
