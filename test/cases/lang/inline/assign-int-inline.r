-- @@stderr --
dtrace: failed to compile script assign-int-inline.d: [D_OP_LVAL] line 2: operator = requires modifiable lvalue as an operand
