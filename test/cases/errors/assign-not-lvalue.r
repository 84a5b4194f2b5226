-- @@stderr --
dtrace: failed to compile script assign-not-lvalue.d: [D_OP_LVAL] line 4: operator = requires modifiable lvalue as an operand
