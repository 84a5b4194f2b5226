-- @@stderr --
dtrace: failed to compile script errors-void.d: [D_PRINT_VOID] line 10: print( ) may not be applied to a void expression
