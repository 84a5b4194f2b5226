-- @@stderr --
dtrace: failed to compile script incr-voidptr.d: [D_OP_VFPTR] line 4: operator ++ requires an operand of known size
