-- @@stderr --
dtrace: failed to compile script err-commit-arg.d: [D_PROTO_ARG] line 3: commit( ) argument #1 is incompatible with prototype:
	prototype: int
	 argument: string
