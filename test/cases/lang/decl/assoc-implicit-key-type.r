-- @@stderr --
dtrace: failed to compile script assoc-implicit-key-type.d: [D_PROTO_ARG] line 1: a[ ] key #1 is incompatible with prototype:
	prototype: int
	      key: string
