-- @@stderr --
dtrace: failed to compile script inline-badclass.d: [D_DECL_BADCLASS] line 1: specified storage class not appropriate for inline declaration
