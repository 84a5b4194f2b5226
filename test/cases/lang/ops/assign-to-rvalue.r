-- @@stderr --
dtrace: failed to compile script assign-to-rvalue.d: [D_OP_LVAL] line 1: operator = requires modifiable lvalue as an operand
