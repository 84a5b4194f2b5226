-- @@stderr --
dtrace: failed to compile script int-invalid-digit.d: [D_INT_DIGIT] line 3: constant 08 contains invalid digit 8
