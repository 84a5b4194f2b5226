-- @@stderr --
dtrace: failed to compile script err-keytype.d: [D_PROTO_ARG] line 4: @a[ ] argument #1 is incompatible with prototype:
	prototype: int
	 argument: string
