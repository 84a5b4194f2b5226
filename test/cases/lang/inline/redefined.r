-- @@stderr --
dtrace: failed to compile script redefined.d: [D_DECL_IDRED] line 2: identifier redefined: A
	 current: inline definition
	previous: scalar inline
