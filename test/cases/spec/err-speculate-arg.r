-- @@stderr --
dtrace: failed to compile script err-speculate-arg.d: [D_PROTO_ARG] line 3: speculate( ) argument #1 is incompatible with prototype:
	prototype: int
	 argument: string
