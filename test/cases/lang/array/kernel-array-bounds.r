-- @@stderr --
dtrace: failed to compile script kernel-array-bounds.d: [D_ARR_BOUNDS] line 1: index outside array bounds: 16, max is 16
