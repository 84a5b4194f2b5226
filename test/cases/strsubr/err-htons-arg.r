-- @@stderr --
dtrace: failed to compile script err-htons-arg.d: [D_PROTO_ARG] line 9: htons( ) argument #1 is incompatible with prototype:
	prototype: uint16_t
	 argument: string
