-- @@stderr --
dtrace: failed to compile script action-assigned.d: [D_OP_INCOMPAT] line 4: operands have incompatible types: "int" = "void"
