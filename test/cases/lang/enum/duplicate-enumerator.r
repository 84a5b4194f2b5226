-- @@stderr --
dtrace: failed to compile script duplicate-enumerator.d: [D_DECL_IDRED] line 2: identifier redeclared: X
