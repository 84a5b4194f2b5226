-- @@stderr --
dtrace: failed to compile script assign-builtin.d: [D_OP_WRITE] line 3: operator += can only be applied to a writable variable
