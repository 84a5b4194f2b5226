-- @@stderr --
dtrace: failed to compile script printf-extra-arg.d: [D_PRINTF_ARG_EXTRA] line 1: printf( ) prototype mismatch: only 1 arguments required by this format string
