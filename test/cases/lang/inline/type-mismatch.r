-- @@stderr --
dtrace: failed to compile script type-mismatch.d: [D_OP_INCOMPAT] line 1: inline X definition uses incompatible types: "int" = "string"
