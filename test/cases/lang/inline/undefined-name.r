-- @@stderr --
dtrace: failed to compile script undefined-name.d: [D_IDENT_UNDEF] line 1: failed to resolve nosuchvar: Unknown variable name
