-- @@stderr --
dtrace: failed to compile script err-comm-drec-spec.d: [D_COMM_DREC] line 5: commit( ) may not follow data-recording action(s)
