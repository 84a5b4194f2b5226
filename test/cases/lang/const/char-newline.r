-- @@stderr --
dtrace: failed to compile script char-newline.d: [D_CHR_NL] line 4: newline encountered in character constant
