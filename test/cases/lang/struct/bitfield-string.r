-- @@stderr --
dtrace: failed to compile script bitfield-string.d: [D_DECL_BFTYPE] line 1: invalid type for bit-field: name
