-- @@stderr --
dtrace: failed to compile script undef-arg-string.d: [D_MACRO_UNDEF] line 11: macro argument $$2 is not defined
