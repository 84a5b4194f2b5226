-- @@stderr --
dtrace: failed to compile script err-printa-undef.d: [D_PRINTA_AGGBAD] line 3: undefined aggregation: @nosuch
