-- @@stderr --
dtrace: failed to compile script tracemem-four-args.d: [D_TRACEMEM_ARGS] line 9: tracemem ( ) prototype mismatch: expected at most 3 args
