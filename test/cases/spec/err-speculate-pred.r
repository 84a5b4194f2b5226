-- @@stderr --
dtrace: failed to compile script err-speculate-pred.d: [D_CG_EXPR] line 2: tracing function speculate( ) may not be called from a D expression (D program context required)
