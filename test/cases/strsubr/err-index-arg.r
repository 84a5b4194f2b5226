-- @@stderr --
dtrace: failed to compile script err-index-arg.d: [D_PROTO_ARG] line 9: index( ) argument #2 is incompatible with prototype:
	prototype: const char *
	 argument: int
