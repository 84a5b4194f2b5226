-- @@stderr --
dtrace: failed to compile script nocpp-define.d: [D_PRAGCTL_INVAL] line 7: invalid control directive: #define
