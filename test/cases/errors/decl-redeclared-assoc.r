-- @@stderr --
dtrace: failed to compile script decl-redeclared-assoc.d: [D_DECL_IDRED] line 2: identifier redeclared: a
	 current: associative array string
	previous: associative array int
