-- @@stderr --
dtrace: failed to compile script errors-agg.d: [D_PRINT_AGG] line 11: print( ) may not be applied to an aggregation
