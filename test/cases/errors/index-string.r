-- @@stderr --
dtrace: failed to compile script index-string.d: [D_OP_INCOMPAT] line 5: operands have incompatible types: "int [4]" + "string"
