-- @@stderr --
dtrace: failed to compile script self-read-before-assign.d: [D_VAR_UNDEF] line 1: self->x has not yet been declared or assigned
