-- @@stderr --
dtrace: failed to compile script arrow-on-struct.d: [D_OP_PTR] line 3: operator -> must be applied to a pointer
