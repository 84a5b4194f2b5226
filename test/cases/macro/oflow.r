-- @@stderr --
dtrace: failed to compile script oflow.d: [D_MACRO_OFLOW] line 10: macro argument $1 constant 99999999999999999999 results in integer overflow
