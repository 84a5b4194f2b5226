-- @@stderr --
dtrace: failed to compile script bitfield-zero-named.d: [D_DECL_BFCONST] line 1: positive integral constant expression expected as bit-field size
