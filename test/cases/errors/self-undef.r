-- @@stderr --
dtrace: failed to compile script self-undef.d: [D_VAR_UNDEF] line 3: self->nosuch has not yet been declared or assigned
