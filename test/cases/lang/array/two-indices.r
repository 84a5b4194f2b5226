-- @@stderr --
dtrace: failed to compile script two-indices.d: [D_ARR_BADREF] line 2: cannot access scalar a as an associative array
