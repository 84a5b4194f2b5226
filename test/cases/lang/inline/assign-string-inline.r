-- @@stderr --
dtrace: failed to compile script assign-string-inline.d: [D_OP_WRITE] line 2: operator = can only be applied to a writable variable
