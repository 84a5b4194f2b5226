-- @@stderr --
dtrace: failed to compile script add-string.d: [D_OP_INCOMPAT] line 3: operands have incompatible types: "int" + "string"
