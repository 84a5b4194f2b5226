-- @@stderr --
dtrace: failed to compile script index-bounds.d: [D_ARR_BOUNDS] line 5: index outside array bounds: 5, max is 4
