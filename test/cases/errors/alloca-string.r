-- @@stderr --
dtrace: failed to compile script alloca-string.d: [D_PROTO_ARG] line 9: alloca( ) argument #1 is incompatible with prototype:
	prototype: size_t
	 argument: string
