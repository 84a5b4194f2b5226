-- @@stderr --
dtrace: failed to compile script printf-format-not-string.d: [D_PRINTF_ARG_FMT] line 1: printf( ) argument #1 is incompatible with prototype:
	prototype: string constant
	 argument: int
