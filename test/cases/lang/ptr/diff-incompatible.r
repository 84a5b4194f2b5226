-- @@stderr --
dtrace: failed to compile script diff-incompatible.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "int *" - "char *"
