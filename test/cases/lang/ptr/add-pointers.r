-- @@stderr --
dtrace: failed to compile script add-pointers.d: [D_OP_INCOMPAT] line 1: operands have incompatible types: "int *" + "int *"
