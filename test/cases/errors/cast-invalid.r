-- @@stderr --
dtrace: failed to compile script cast-invalid.d: [D_CAST_INVAL] line 6: invalid cast expression: "struct s" to "int"
