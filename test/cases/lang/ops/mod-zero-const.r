-- @@stderr --
dtrace: failed to compile script mod-zero-const.d: [D_DIV_ZERO] line 1: expression contains division by zero
