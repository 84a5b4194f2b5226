-- @@stderr --
dtrace: failed to compile script bcopy-void-trace.d: [D_TRACE_VOID] line 9: trace( ) may not be applied to a void expression
