-- @@stderr --
dtrace: failed to compile script strlen-int-arg.d: [D_PROTO_ARG] line 1: strlen( ) argument #1 is incompatible with prototype:
	prototype: const char *
	 argument: int
