-- @@stderr --
dtrace: failed to compile script addrof-variable.d: [D_ADDROF_VAR] line 1: cannot take address of dynamic variable
