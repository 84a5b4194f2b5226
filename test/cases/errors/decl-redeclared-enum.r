-- @@stderr --
dtrace: failed to compile script decl-redeclared-enum.d: [D_DECL_IDRED] line 2: identifier redeclared: RED
	 current: scalar int
	previous: enumerator enum colour
