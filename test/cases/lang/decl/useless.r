-- @@stderr --
dtrace: failed to compile script useless.d: [D_DECL_USELESS] line 1: useless declaration
