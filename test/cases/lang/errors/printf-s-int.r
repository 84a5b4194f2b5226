-- @@stderr --
dtrace: failed to compile script printf-s-int.d: [D_PRINTF_ARG_TYPE] line 1: printf( ) argument #3 is incompatible with conversion #2 prototype:
	conversion: %s
	 prototype: char [] or string (or use stringof)
	  argument: int
