-- @@stderr --
dtrace: failed to compile script undefined-function.d: [D_FUNC_UNDEF] line 1: undefined function name: nosuchfunc
