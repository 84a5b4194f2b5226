-- @@stderr --
dtrace: failed to compile script redeclared-different-type.d: [D_DECL_IDRED] line 2: identifier redeclared: x
	 current: scalar string
	previous: scalar int
