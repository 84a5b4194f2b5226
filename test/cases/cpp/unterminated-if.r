-- @@stderr --
/dev/stdin:7: error: unterminated #if
dtrace: failed to compile script unterminated-if.d: Preprocessor failed to process input program
