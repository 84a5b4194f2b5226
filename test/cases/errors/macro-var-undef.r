-- @@stderr --
dtrace: failed to compile script macro-var-undef.d: [D_MACRO_UNDEF] line 3: macro variable $nosuch is not defined
