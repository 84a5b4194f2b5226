-- @@stderr --
dtrace: failed to compile script errors-pred.d: [D_CG_EXPR] line 9: tracing function print( ) may not be called from a D expression (D program context required)
