-- @@stderr --
dtrace: failed to compile script unused-arg.d: [D_MACRO_UNUSED] line 12: extraneous argument 'foo' ($1 is not referenced)
