-- @@stderr --
dtrace: failed to compile script unknown-member.d: [D_TYPE_MEMBER] line 3: z is not a member of struct point
