-- @@stderr --
dtrace: failed to compile script negate-string.d: [D_OP_ARITH] line 1: operator - requires an operand of arithmetic type
