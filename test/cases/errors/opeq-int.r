-- @@stderr --
dtrace: failed to compile script opeq-int.d: [D_OP_INT] line 4: operator %= requires operands of integral type
