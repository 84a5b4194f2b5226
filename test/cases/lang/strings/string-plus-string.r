-- @@stderr --
dtrace: failed to compile script string-plus-string.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "string" + "string"
