-- @@stderr --
dtrace: failed to compile script ternary-string-cond.d: [D_OP_SCALAR] line 1: operator ?: expression must be of scalar type
