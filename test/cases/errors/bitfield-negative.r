-- @@stderr --
dtrace: failed to compile script bitfield-negative.d: [D_DECL_BFCONST] line 2: positive integral constant expression expected as bit-field size
