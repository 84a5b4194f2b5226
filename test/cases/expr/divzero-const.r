-- @@stderr --
dtrace: failed to compile script divzero-const.d: line 1: expression contains division by zero
