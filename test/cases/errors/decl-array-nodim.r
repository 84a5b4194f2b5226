-- @@stderr --
dtrace: failed to compile script decl-array-nodim.d: [D_DECL_ARRNULL] line 1: array declaration requires array dimension or tuple signature: a
