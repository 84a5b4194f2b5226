-- @@stderr --
dtrace: failed to compile script assign-enum.d: [D_OP_LVAL] line 5: operator = requires modifiable lvalue as an operand
