-- @@stderr --
dtrace: failed to compile script string-to-int.d: [D_CAST_INVAL] line 1: invalid cast expression: "string" to "int"
