-- @@stderr --
dtrace: failed to compile script redeclared.d: [D_DECL_TYPERED] line 2: type redeclared: struct point
