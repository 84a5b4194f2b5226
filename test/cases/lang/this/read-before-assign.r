-- @@stderr --
dtrace: failed to compile script read-before-assign.d: [D_VAR_UNDEF] line 1: this->x has not yet been declared or assigned
