-- @@stderr --
dtrace: failed to compile script member-void.d: [D_DECL_VOIDOBJ] line 2: cannot have void member: a
