-- @@stderr --
dtrace: failed to compile script ternary-incompat.d: [D_OP_INCOMPAT] line 4: operator ?: operands must have compatible types
