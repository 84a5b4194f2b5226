-- @@stderr --
/dev/stdin:8: error: #error NEEDED must be defined
dtrace: failed to compile script error-directive.d: Preprocessor failed to process input program
