-- @@stderr --
dtrace: failed to compile script nocpp-string-directive.d: [D_PRAGCTL_INVAL] line 7: invalid control directive
