-- @@stderr --
dtrace: failed to compile script err-strchr-arg.d: [D_PROTO_ARG] line 9: strchr( ) argument #2 is incompatible with prototype:
	prototype: char
	 argument: string
