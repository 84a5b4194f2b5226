-- @@stderr --
dtrace: failed to compile script err-comm-drec-agg.d: [D_COMM_DREC] line 4: commit( ) may not follow data-recording action(s)
