-- @@stderr --
dtrace: failed to compile script int-minus-string.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "int" - "string"
