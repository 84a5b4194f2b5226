-- @@stderr --
dtrace: failed to compile script errors-expr.d: [D_CG_EXPR] line 10: tracing function print( ) may not be called from a D expression (D program context required)
