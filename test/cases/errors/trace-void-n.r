exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { trace((void)0); }: [D_TRACE_VOID] trace( ) may not be applied to a void expression
