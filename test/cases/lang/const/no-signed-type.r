-- @@stderr --
dtrace: failed to compile script no-signed-type.d: [D_INT_OFLOW] line 1: integer constant 0xffffffffffffffff cannot be represented in any built-in integral type
