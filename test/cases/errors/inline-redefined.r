-- @@stderr --
dtrace: failed to compile script inline-redefined.d: [D_DECL_IDRED] line 2: identifier redefined: X
	 current: inline definition
	previous: scalar inline
