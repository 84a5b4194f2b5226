-- @@stderr --
dtrace: failed to compile script member-dot-nonsou.d: [D_OP_SOU] line 4: operator . cannot be applied to type "int"; must be applied to a struct or union
