-- @@stderr --
dtrace: failed to compile script action-as-variable.d: [D_IDENT_BADREF] line 1: tracing function 'printf' may not be referenced as scalar
