-- @@stderr --
dtrace: failed to compile script invalid-octal-digit.d: [D_INT_DIGIT] line 1: constant 0128 contains invalid digit 8
