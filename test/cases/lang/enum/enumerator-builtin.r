-- @@stderr --
dtrace: failed to compile script enumerator-builtin.d: [D_DECL_IDRED] line 1: identifier redeclared: pid
