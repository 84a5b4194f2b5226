-- @@stderr --
dtrace: failed to compile script err-lq-step.d: [D_LQUANT_STEPTYPE] line 3: lquantize( ) argument #3 must be a non-zero positive integer constant
