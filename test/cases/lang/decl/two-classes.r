-- @@stderr --
dtrace: failed to compile script two-classes.d: [D_DECL_CLASS] line 1: only one storage class allowed in a declaration
