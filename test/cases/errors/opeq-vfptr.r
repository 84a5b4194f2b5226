-- @@stderr --
dtrace: failed to compile script opeq-vfptr.d: [D_OP_VFPTR] line 7: operator += requires left-hand scalar operand of known size
