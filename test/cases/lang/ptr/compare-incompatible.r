-- @@stderr --
dtrace: failed to compile script compare-incompatible.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "int *" == "char *"
