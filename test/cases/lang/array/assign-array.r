-- @@stderr --
dtrace: failed to compile script assign-array.d: [D_OP_ARRFUN] line 3: operator = may not be applied to operand of type "int [3]"
