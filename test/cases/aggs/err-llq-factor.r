-- @@stderr --
dtrace: failed to compile script err-llq-factor.d: [D_LLQUANT_FACTORSMALL] line 3: llquantize( ) factor (argument #1) must be two or more
