-- @@stderr --
dtrace: failed to compile script err-exit-spec.d: [D_EXIT_SPEC] line 4: exit( ) may not follow speculate( )
