-- @@stderr --
dtrace: failed to compile script err-cleanpath-arg.d: [D_PROTO_ARG] line 9: cleanpath( ) argument #1 is incompatible with prototype:
	prototype: const char *
	 argument: struct task_struct *
