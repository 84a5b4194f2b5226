-- @@stderr --
dtrace: failed to compile script index-voidptr.d: [D_OP_INCOMPAT] line 4: operands have incompatible types: "void *" + "int"
