-- @@stderr --
dtrace: failed to compile script array-no-dim.d: [D_DECL_ARRNULL] line 1: array declaration requires array dimension or tuple signature: a
