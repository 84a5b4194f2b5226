-- @@stderr --
dtrace: failed to compile script assoc-key-type.d: [D_PROTO_ARG] line 2: counts[ ] key #1 is incompatible with prototype:
	prototype: string
	      key: int
