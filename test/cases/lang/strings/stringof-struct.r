-- @@stderr --
dtrace: failed to compile script stringof-struct.d: [D_STRINGOF_TYPE] line 1: cannot apply stringof to a value of type struct task_struct
