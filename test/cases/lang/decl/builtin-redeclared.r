-- @@stderr --
dtrace: failed to compile script builtin-redeclared.d: [D_DECL_IDRED] line 1: built-in identifier redeclared: pid
