-- @@stderr --
dtrace: failed to compile script depends-malformed.d: [D_PRAGMA_MALFORM] line 1: malformed #pragma depends_on
