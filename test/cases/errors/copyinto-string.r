-- @@stderr --
dtrace: failed to compile script copyinto-string.d: [D_PROTO_ARG] line 9: copyinto( ) argument #3 is incompatible with prototype:
	prototype: void *
	 argument: string
