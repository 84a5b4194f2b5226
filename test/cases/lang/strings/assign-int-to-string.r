-- @@stderr --
dtrace: failed to compile script assign-int-to-string.d: [D_OP_INCOMPAT] line 2: operands have incompatible types: "string" = "int"
