-- @@stderr --
dtrace: failed to compile script depends-provider-missing.d: [D_PRAGMA_DEPEND] line 1: program requires provider nosuchprov
