-- @@stderr --
/dev/stdin:7: fatal error: no-such-header.h: No such file or directory
compilation terminated.
dtrace: failed to compile script include-missing.d: Preprocessor failed to process input program
