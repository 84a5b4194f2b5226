-- @@stderr --
dtrace: failed to compile script err-spec-comm.d: [D_SPEC_COMM] line 4: speculate( ) may not follow commit( )
