-- @@stderr --
dtrace: failed to compile script err-setopt-arg.d: [D_PROTO_ARG] line 3: setopt( ) argument #2 is incompatible with prototype:
	prototype: const char *
	 argument: int
