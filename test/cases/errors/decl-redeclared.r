-- @@stderr --
dtrace: failed to compile script decl-redeclared.d: [D_DECL_IDRED] line 2: identifier redeclared: x
	 current: scalar string
	previous: scalar int
