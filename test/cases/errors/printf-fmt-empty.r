-- @@stderr --
dtrace: failed to compile script printf-fmt-empty.d: [D_PRINTF_FMT_EMPTY] line 3: printf( ) format string is empty
