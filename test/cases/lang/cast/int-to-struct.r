-- @@stderr --
dtrace: failed to compile script int-to-struct.d: [D_CAST_INVAL] line 2: invalid cast expression: "int" to "struct point"
