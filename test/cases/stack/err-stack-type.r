-- @@stderr --
dtrace: failed to compile script err-stack-type.d: [D_PROTO_ARG] line 9: stack( ) argument #1 is incompatible with prototype:
	prototype: uint32_t
	 argument: string
