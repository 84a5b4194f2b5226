-- @@stderr --
dtrace: failed to compile script err-in-expr.d: [D_CG_EXPR] line 3: aggregating function count( ) may not be called from a D expression (D program context required)
