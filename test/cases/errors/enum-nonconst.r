-- @@stderr --
dtrace: failed to compile script enum-nonconst.d: [D_DECL_ENCONST] line 1: enumerator 'A' must be assigned to an integral constant expression
