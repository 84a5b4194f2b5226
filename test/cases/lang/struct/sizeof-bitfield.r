-- @@stderr --
dtrace: failed to compile script sizeof-bitfield.d: [D_SIZEOF_BITFIELD] line 3: cannot apply sizeof to a bit-field
