-- @@stderr --
dtrace: failed to compile script addrof-bitfield.d: [D_ADDROF_BITFIELD] line 3: cannot take address of bit-field
