-- @@stderr --
dtrace: failed to compile script assign-macro-arg.d: [D_OP_LVAL] line 3: operator = requires modifiable lvalue as an operand
