-- @@stderr --
dtrace: failed to compile script err-agg-spec.d: [D_AGG_SPEC] line 4: aggregating actions may not follow speculate( )
