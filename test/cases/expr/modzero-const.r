-- @@stderr --
dtrace: failed to compile script modzero-const.d: line 1: expression contains division by zero
