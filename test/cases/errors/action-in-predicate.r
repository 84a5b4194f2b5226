-- @@stderr --
dtrace: failed to compile script action-in-predicate.d: [D_CG_EXPR] line 2: tracing function trace( ) may not be called from a D expression (D program context required)
