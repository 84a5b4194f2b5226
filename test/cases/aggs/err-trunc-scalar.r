-- @@stderr --
dtrace: failed to compile script err-trunc-scalar.d: [D_TRUNC_SCALAR] line 4: trunc( ) argument #2 must be of scalar type
