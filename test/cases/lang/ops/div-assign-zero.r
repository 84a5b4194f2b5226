-- @@stderr --
dtrace: failed to compile script div-assign-zero.d: [D_DIV_ZERO] line 1: expression contains division by zero
