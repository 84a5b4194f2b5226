-- @@stderr --
dtrace: failed to compile script err-trunc-undef.d: [D_TRUNC_AGGBAD] line 3: undefined aggregation: @nosuch
