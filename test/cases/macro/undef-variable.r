-- @@stderr --
dtrace: failed to compile script undef-variable.d: [D_MACRO_UNDEF] line 9: macro variable $nosuch is not defined
