-- @@stderr --
dtrace: failed to compile script self-assoc-outside-clause.d: [D_IDENT_UNDEF] line 8: self->a may only be used in a clause
