-- @@stderr --
dtrace: failed to compile script unknown-member.d: [D_TYPE_MEMBER] line 1: nosuchmember is not a member of struct task_struct
