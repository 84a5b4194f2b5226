-- @@stderr --
dtrace: failed to compile script printf-fmt-nonstring.d: [D_PRINTF_ARG_FMT] line 3: printf( ) argument #1 is incompatible with prototype:
	prototype: string constant
	 argument: int
