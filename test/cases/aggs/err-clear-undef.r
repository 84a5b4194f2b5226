-- @@stderr --
dtrace: failed to compile script err-clear-undef.d: [D_CLEAR_AGGBAD] line 3: undefined aggregation: @nosuch
