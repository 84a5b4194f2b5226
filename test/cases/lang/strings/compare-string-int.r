-- @@stderr --
dtrace: failed to compile script compare-string-int.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "string" == "int"
