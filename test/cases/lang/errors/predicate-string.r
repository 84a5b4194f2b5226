-- @@stderr --
dtrace: failed to compile script predicate-string.d: [D_PRED_SCALAR] line 1: predicate result must be of scalar type
