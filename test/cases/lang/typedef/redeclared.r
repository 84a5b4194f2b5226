-- @@stderr --
dtrace: failed to compile script redeclared.d: [D_DECL_IDRED] line 2: identifier redeclared: foo_t
