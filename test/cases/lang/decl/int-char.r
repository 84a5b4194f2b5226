-- @@stderr --
dtrace: failed to compile script int-char.d: [D_DECL_COMBO] line 1: invalid type combination
