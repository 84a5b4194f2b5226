-- @@stderr --
dtrace: failed to compile script deref-nonpointer.d: [D_DEREF_NONPTR] line 1: cannot dereference non-pointer type
