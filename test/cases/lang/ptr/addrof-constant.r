-- @@stderr --
dtrace: failed to compile script addrof-constant.d: [D_ADDROF_LVAL] line 1: unacceptable operand for unary & operator
