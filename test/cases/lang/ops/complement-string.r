-- @@stderr --
dtrace: failed to compile script complement-string.d: [D_OP_INT] line 1: operator ~ requires an operand of integral type
