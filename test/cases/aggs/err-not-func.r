-- @@stderr --
dtrace: failed to compile script err-not-func.d: [D_AGG_FUNC] line 3: @a must be assigned the result of an aggregating function
