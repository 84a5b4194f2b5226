-- @@stderr --
dtrace: failed to compile script err-commit-expr.d: [D_CG_EXPR] line 3: tracing function commit( ) may not be called from a D expression (D program context required)
