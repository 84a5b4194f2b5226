-- @@stderr --
dtrace: failed to compile script dot-on-pointer.d: [D_OP_SOU] line 1: operator . cannot be applied to type "struct task_struct *"; must be applied to a struct or union
