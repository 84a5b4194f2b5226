-- @@stderr --
dtrace: failed to compile script value-overflow.d: [D_DECL_ENOFLOW] line 1: enumerator 'A' value overflows INT_MAX (2147483647)
