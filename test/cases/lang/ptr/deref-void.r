-- @@stderr --
dtrace: failed to compile script deref-void.d: [D_DEREF_VOID] line 1: cannot dereference pointer to void
