-- @@stderr --
dtrace: failed to compile script trace-struct.d: [D_PROTO_ARG] line 6: trace( ) argument #1 is incompatible with prototype:
	prototype: scalar or string
	 argument: struct s
