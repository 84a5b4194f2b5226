-- @@stderr --
dtrace: failed to compile script err-key-stack.d: [D_PROTO_ARG] line 10: @a[ ] argument #1 is incompatible with prototype:
	prototype: stack
	 argument: int
