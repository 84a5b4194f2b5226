-- @@stderr --
dtrace: failed to compile script deref-void.d: [D_DEREF_VOID] line 4: cannot dereference pointer to void
