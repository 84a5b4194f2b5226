-- @@stderr --
dtrace: failed to compile script char-too-long.d: [D_CHR_OFLOW] line 1: character constant is too long
