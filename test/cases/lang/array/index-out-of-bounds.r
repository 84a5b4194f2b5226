-- @@stderr --
dtrace: failed to compile script index-out-of-bounds.d: [D_ARR_BOUNDS] line 2: index outside array bounds: 5, max is 5
