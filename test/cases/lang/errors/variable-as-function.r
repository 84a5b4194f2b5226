-- @@stderr --
dtrace: failed to compile script variable-as-function.d: [D_FUNC_IDKIND] line 1: scalar 'pid' may not be referenced as a function
