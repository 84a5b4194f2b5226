-- @@stderr --
dtrace: failed to compile script ternary-incompatible.d: [D_OP_INCOMPAT] line 1: operator ?: operands must have compatible types
