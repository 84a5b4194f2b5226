-- @@stderr --
dtrace: failed to compile script err-drec-comm.d: [D_DREC_COMM] line 4: data-recording actions may not follow commit( )
