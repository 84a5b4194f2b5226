-- @@stderr --
dtrace: failed to compile script printf-agg-conv.d: [D_PRINTF_AGG_CONV] line 3: %@ conversion requires an aggregation and is not for use with printf( )
