-- @@stderr --
dtrace: failed to compile script err-inet-ntoa-arg.d: [D_PROTO_ARG] line 9: inet_ntoa( ) argument #1 is incompatible with prototype:
	prototype: ipaddr_t *
	 argument: int
