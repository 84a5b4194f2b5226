-- @@stderr --
dtrace: failed to compile script if-nonscalar.d: [D_PRED_SCALAR] line 6: predicate result must be of scalar type
