-- @@stderr --
dtrace: failed to compile script land-string.d: [D_OP_SCALAR] line 1: operator && requires operands of scalar type
