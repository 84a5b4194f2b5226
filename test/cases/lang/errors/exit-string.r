-- @@stderr --
dtrace: failed to compile script exit-string.d: [D_PROTO_ARG] line 1: exit( ) argument #1 is incompatible with prototype:
	prototype: int
	 argument: string
