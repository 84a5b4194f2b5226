-- @@stderr --
dtrace: failed to compile script err-agg-comm.d: [D_AGG_COMM] line 4: aggregating actions may not follow commit( )
