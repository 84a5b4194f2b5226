-- @@stderr --
dtrace: failed to compile script struct-to-int.d: [D_CAST_INVAL] line 1: invalid cast expression: "struct task_struct" to "long"
