-- @@stderr --
dtrace: failed to compile script div-zero-dead-branch.d: [D_DIV_ZERO] line 1: expression contains division by zero
