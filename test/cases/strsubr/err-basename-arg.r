-- @@stderr --
dtrace: failed to compile script err-basename-arg.d: [D_PROTO_ARG] line 9: basename( ) argument #1 is incompatible with prototype:
	prototype: const char *
	 argument: int
