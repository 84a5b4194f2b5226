-- @@stderr --
dtrace: failed to compile script err-strtok-arg.d: [D_PROTO_ARG] line 9: strtok( ) argument #1 is incompatible with prototype:
	prototype: const char *
	 argument: int
