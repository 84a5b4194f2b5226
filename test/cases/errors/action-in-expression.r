-- @@stderr --
dtrace: failed to compile script action-in-expression.d: [D_CG_EXPR] line 3: tracing function trace( ) may not be called from a D expression (D program context required)
