-- @@stderr --
dtrace: failed to compile script assign-inline.d: [D_OP_WRITE] line 5: operator = can only be applied to a writable variable
