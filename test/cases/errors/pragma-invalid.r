-- @@stderr --
dtrace: failed to compile script pragma-invalid.d: [D_PRAGMA_INVAL] line 1: invalid D pragma: nosuchpragma
