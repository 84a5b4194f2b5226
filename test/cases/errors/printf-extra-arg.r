-- @@stderr --
dtrace: failed to compile script printf-extra-arg.d: line 1: printf( ) prototype mismatch: only 1 arguments required by this format string
