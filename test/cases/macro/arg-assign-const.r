-- @@stderr --
dtrace: failed to compile script arg-assign-const.d: [D_OP_LVAL] line 10: operator = requires modifiable lvalue as an operand
