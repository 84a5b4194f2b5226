-- @@stderr --
dtrace: failed to compile script err-spec-drec-agg.d: [D_SPEC_DREC] line 4: speculate( ) may not follow data-recording action(s)
