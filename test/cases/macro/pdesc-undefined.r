-- @@stderr --
dtrace: failed to compile script pdesc-undefined.d: [D_PDESC_INVAL] line 8: invalid probe description "syscall::$2:entry": Undefined macro variable in probe description
