-- @@stderr --
dtrace: failed to compile script index-multi.d: [D_ARR_BADREF] line 4: cannot access scalar this->x as an associative array
