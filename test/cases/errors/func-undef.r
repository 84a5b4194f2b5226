-- @@stderr --
dtrace: failed to compile script func-undef.d: [D_FUNC_UNDEF] line 3: undefined function name: nosuchfunc
