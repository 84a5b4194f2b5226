-- @@stderr --
dtrace: failed to compile script decl-array-too-big.d: [D_DECL_ARRBIG] line 1: array dimension too big
