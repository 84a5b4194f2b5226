-- @@stderr --
dtrace: failed to compile script undefined-variable.d: [D_IDENT_UNDEF] line 1: failed to resolve y: Unknown variable name
