-- @@stderr --
dtrace: failed to compile script err-lltostr-base.d: [D_PROTO_ARG] line 9: lltostr( ) argument #2 is incompatible with prototype:
	prototype: int
	 argument: string
