-- @@stderr --
dtrace: failed to compile script tracemem-size-var.d: [D_TRACEMEM_SIZE] line 10: tracemem( ) argument #2 must be a non-zero positive integral constant expression
