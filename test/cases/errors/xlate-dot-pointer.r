-- @@stderr --
dtrace: failed to compile script xlate-dot-pointer.d: [D_OP_SOU] line 8: operator . cannot be applied to type "struct out *"; must be applied to a struct or union
