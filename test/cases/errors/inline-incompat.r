-- @@stderr --
dtrace: failed to compile script inline-incompat.d: [D_OP_INCOMPAT] line 1: inline LIMIT definition uses incompatible types: "int" = "string"
