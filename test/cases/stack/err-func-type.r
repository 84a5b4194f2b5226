-- @@stderr --
dtrace: failed to compile script err-func-type.d: [D_PROTO_ARG] line 9: func( ) argument #1 is incompatible with prototype:
	prototype: uintptr_t
	 argument: string
