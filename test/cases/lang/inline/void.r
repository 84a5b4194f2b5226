-- @@stderr --
dtrace: failed to compile script void.d: [D_DECL_VOIDOBJ] line 1: cannot declare void inline: V
