-- @@stderr --
dtrace: failed to compile script this-undef.d: [D_VAR_UNDEF] line 3: this->nosuch has not yet been declared or assigned
