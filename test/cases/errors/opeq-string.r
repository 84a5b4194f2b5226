-- @@stderr --
dtrace: failed to compile script opeq-string.d: [D_OP_INCOMPAT] line 4: operands have incompatible types: "int" += "string"
