-- @@stderr --
dtrace: failed to compile script printf-bad-conversion.d: [D_SYNTAX] line 3: format conversion #1 is undefined: %y
