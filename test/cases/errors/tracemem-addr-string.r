-- @@stderr --
dtrace: failed to compile script tracemem-addr-string.d: [D_TRACEMEM_ADDR] line 9: tracemem( ) argument #1 is incompatible with prototype:
	prototype: pointer or integer
	 argument: string
