-- @@stderr --
dtrace: failed to compile script unknown-pragma.d: [D_PRAGMA_INVAL] line 1: invalid D pragma: nosuchpragma
