-- @@stderr --
dtrace: failed to compile script not-string.d: [D_OP_SCALAR] line 1: operator ! requires an operand of scalar type
