-- @@stderr --
dtrace: failed to compile script opeq-arith.d: [D_OP_ARITH] line 4: operator *= requires operands of arithmetic type
