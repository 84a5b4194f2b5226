-- @@stderr --
dtrace: failed to compile script err-drec-comm-if.d: [D_DREC_COMM] line 5: data-recording actions may not follow commit( )
