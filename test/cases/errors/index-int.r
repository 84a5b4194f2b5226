-- @@stderr --
dtrace: failed to compile script index-int.d: [D_DEREF_NONPTR] line 4: cannot dereference non-pointer type
