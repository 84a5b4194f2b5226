-- @@stderr --
dtrace: failed to compile script assign-to-constant.d: [D_OP_LVAL] line 1: operator = requires modifiable lvalue as an operand
