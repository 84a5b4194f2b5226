-- @@stderr --
dtrace: failed to compile script index-struct.d: [D_OP_INCOMPAT] line 6: operands have incompatible types: "struct s" + "int"
