-- @@stderr --
dtrace: failed to compile script self-reference.d: [D_IDENT_UNDEF] line 1: failed to resolve R: Unknown variable name
