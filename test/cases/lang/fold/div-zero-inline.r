-- @@stderr --
dtrace: failed to compile script div-zero-inline.d: [D_DIV_ZERO] line 2: expression contains division by zero
