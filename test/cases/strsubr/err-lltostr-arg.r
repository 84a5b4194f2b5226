-- @@stderr --
dtrace: failed to compile script err-lltostr-arg.d: [D_PROTO_ARG] line 9: lltostr( ) argument #1 is incompatible with prototype:
	prototype: int64_t
	 argument: string
