-- @@stderr --
dtrace: failed to compile script err-redef.d: [D_AGG_REDEF] line 4: aggregation redefined: @a
	 current: @a = sum( )
	previous: @a = count( ) : line 3
