-- @@stderr --
dtrace: failed to compile script char-empty.d: [D_CHR_NULL] line 1: empty character constant
