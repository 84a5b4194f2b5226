-- @@stderr --
dtrace: failed to compile script as-assoc.d: [D_ARR_LOCAL] line 1: local variables may not be used as associative arrays: a
