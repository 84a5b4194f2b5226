-- @@stderr --
dtrace: failed to compile script arrow-on-int-pointer.d: [D_OP_SOU] line 2: operator -> cannot be applied to pointer to type "int"; must be applied to a struct or union pointer
