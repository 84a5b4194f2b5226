-- @@stderr --
dtrace: failed to compile script ternary-nonscalar.d: [D_OP_SCALAR] line 3: operator ?: expression must be of scalar type
