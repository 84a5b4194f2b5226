-- @@stderr --
dtrace: failed to compile script err-member.d: [D_TYPE_MEMBER] line 3: pr_nosuch is not a member of psinfo_t
