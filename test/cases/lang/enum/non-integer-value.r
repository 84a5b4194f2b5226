-- @@stderr --
dtrace: failed to compile script non-integer-value.d: [D_DECL_ENCONST] line 1: enumerator 'A' must be assigned to an integral constant expression
