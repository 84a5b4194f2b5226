-- @@stderr --
dtrace: failed to compile script tracemem-dynsize-string.d: [D_TRACEMEM_DYNSIZE] line 9: tracemem ( ) dynamic size (argument #3) must be of scalar type
