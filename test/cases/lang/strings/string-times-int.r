-- @@stderr --
dtrace: failed to compile script string-times-int.d: [D_OP_ARITH] line 1: operator * requires operands of arithmetic type
