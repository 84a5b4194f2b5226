-- @@stderr --
dtrace: failed to compile script err-printf-k.d: [D_PRINTF_ARG_TYPE] line 9: printf( ) argument #2 is incompatible with conversion #1 prototype:
	conversion: %k
	 prototype: stack
	  argument: int
