-- @@stderr --
dtrace: failed to compile script int-int.d: [D_DECL_COMBO] line 1: invalid type combination
