-- @@stderr --
dtrace: failed to compile script void-member.d: [D_DECL_VOIDOBJ] line 1: cannot have void member: v
