-- @@stderr --
dtrace: failed to compile script named-readonly.d: [D_OP_LVAL] line 9: operator ++ requires modifiable lvalue as an operand
