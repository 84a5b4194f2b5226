-- @@stderr --
dtrace: failed to compile script predicate-undefined.d: [D_IDENT_UNDEF] line 1: failed to resolve nosuch: Unknown variable name
