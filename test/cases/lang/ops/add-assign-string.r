-- @@stderr --
dtrace: failed to compile script add-assign-string.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "string" += "int"
