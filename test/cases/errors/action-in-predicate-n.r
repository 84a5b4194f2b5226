exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN /trace(1)/ { exit(0); }: [D_CG_EXPR] tracing function trace( ) may not be called from a D expression (D program context required)
