-- @@stderr --
dtrace: failed to compile script bitfield-too-big.d: [D_DECL_BFSIZE] line 2: bit-field too big for type: a
