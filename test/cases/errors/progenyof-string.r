-- @@stderr --
dtrace: failed to compile script progenyof-string.d: [D_PROTO_ARG] line 9: progenyof( ) argument #1 is incompatible with prototype:
	prototype: pid_t
	 argument: string
