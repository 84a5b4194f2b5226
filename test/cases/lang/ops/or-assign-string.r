-- @@stderr --
dtrace: failed to compile script or-assign-string.d: [D_OP_INT] line 1: operator |= requires operands of integral type
