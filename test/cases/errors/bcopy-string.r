-- @@stderr --
dtrace: failed to compile script bcopy-string.d: [D_PROTO_ARG] line 9: bcopy( ) argument #1 is incompatible with prototype:
	prototype: void *
	 argument: string
