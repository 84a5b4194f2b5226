-- @@stderr --
dtrace: failed to compile script assign-int.d: [D_OP_INCOMPAT] line 2: operands have incompatible types: "int *" = "int"
