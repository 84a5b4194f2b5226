-- @@stderr --
dtrace: failed to compile script assign-string-to-int.d: [D_OP_INCOMPAT] line 2: operands have incompatible types: "int" = "string"
