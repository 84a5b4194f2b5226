-- @@stderr --
dtrace: failed to compile script float-constant.d: [D_SYNTAX] line 1: floating-point constants are not permitted
