-- @@stderr --
dtrace: failed to compile script err-key-int.d: [D_PROTO_ARG] line 10: @a[ ] argument #1 is incompatible with prototype:
	prototype: int
	 argument: stack
