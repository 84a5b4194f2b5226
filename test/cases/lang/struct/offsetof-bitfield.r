-- @@stderr --
dtrace: failed to compile script offsetof-bitfield.d: [D_OFFSETOF_BITFIELD] line 2: cannot take offset of a bit-field: b
