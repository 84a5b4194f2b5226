-- @@stderr --
dtrace: failed to compile script bitfield-type.d: [D_DECL_BFTYPE] line 2: invalid type for bit-field: a
