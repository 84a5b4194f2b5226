-- @@stderr --
dtrace: failed to compile script string-index.d: [D_OP_INCOMPAT] line 2: operands have incompatible types: "int [5]" + "string"
