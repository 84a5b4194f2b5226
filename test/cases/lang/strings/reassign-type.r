-- @@stderr --
dtrace: failed to compile script reassign-type.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "int" = "string"
