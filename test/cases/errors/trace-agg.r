-- @@stderr --
dtrace: failed to compile script trace-agg.d: [D_TRACE_AGG] line 11: trace( ) may not be applied to an aggregation
