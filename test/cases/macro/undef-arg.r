-- @@stderr --
dtrace: failed to compile script undef-arg.d: [D_MACRO_UNDEF] line 9: macro argument $1 is not defined
