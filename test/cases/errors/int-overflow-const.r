-- @@stderr --
dtrace: failed to compile script int-overflow-const.d: [D_INT_OFLOW] line 3: constant 99999999999999999999999 results in integer overflow
