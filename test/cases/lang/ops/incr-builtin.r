-- @@stderr --
dtrace: failed to compile script incr-builtin.d: [D_OP_WRITE] line 1: operator ++ can only be applied to a writable variable
