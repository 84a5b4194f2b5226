-- @@stderr --
dtrace: failed to compile script mod-string.d: [D_OP_INT] line 1: operator % requires operands of integral type
