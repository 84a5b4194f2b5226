-- @@stderr --
dtrace: failed to compile script depends-module-missing.d: [D_PRAGMA_DEPEND] line 1: program requires module nosuchmod
