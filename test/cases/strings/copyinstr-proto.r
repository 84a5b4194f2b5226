-- @@stderr --
dtrace: failed to compile script copyinstr-proto.d: [D_PROTO_ARG] line 9: copyinstr( ) argument #1 is incompatible with prototype:
	prototype: uintptr_t
	 argument: string
