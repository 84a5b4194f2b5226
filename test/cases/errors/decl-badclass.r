-- @@stderr --
dtrace: failed to compile script decl-badclass.d: [D_DECL_BADCLASS] line 1: specified storage class not appropriate in D
