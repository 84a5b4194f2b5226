-- @@stderr --
dtrace: failed to compile script err-mdim.d: [D_AGG_MDIM] line 3: improper attempt to reference @a as a multi-dimensional array
