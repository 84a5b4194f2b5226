-- @@stderr --
dtrace: failed to compile script err-spec-spec.d: [D_SPEC_SPEC] line 4: speculate( ) may not follow speculate( )
