-- @@stderr --
dtrace: failed to compile script tracemem-size-zero.d: [D_TRACEMEM_SIZE] line 9: tracemem( ) argument #2 must be a non-zero positive integral constant expression
