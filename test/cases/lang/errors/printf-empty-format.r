-- @@stderr --
dtrace: failed to compile script printf-empty-format.d: [D_PRINTF_FMT_EMPTY] line 1: printf( ) format string is empty
