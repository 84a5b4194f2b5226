-- @@stderr --
dtrace: failed to compile script macro-arg-undefined.d: [D_MACRO_UNDEF] line 1: macro argument $1 is not defined
