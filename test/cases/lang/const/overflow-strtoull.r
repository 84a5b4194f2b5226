-- @@stderr --
dtrace: failed to compile script overflow-strtoull.d: [D_INT_OFLOW] line 1: constant 18446744073709551616 results in integer overflow
