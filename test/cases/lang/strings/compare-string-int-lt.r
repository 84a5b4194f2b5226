-- @@stderr --
dtrace: failed to compile script compare-string-int-lt.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "int" < "string"
