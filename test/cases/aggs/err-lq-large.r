-- @@stderr --
dtrace: failed to compile script err-lq-large.d: [D_LQUANT_STEPLARGE] line 3: lquantize( ) step (argument #3) too large: must have at least one quantization level
