-- @@stderr --
dtrace: failed to compile script void-object.d: [D_DECL_VOIDOBJ] line 1: cannot have void object: v
