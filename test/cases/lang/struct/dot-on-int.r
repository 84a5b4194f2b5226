-- @@stderr --
dtrace: failed to compile script dot-on-int.d: [D_OP_SOU] line 1: operator . cannot be applied to type "int"; must be applied to a struct or union
