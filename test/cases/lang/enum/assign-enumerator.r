-- @@stderr --
dtrace: failed to compile script assign-enumerator.d: [D_OP_LVAL] line 2: operator = requires modifiable lvalue as an operand
