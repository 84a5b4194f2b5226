-- @@stderr --
dtrace: failed to compile script err-noconv.d: [D_XLATE_NOCONV] line 3: translator does not define conversion for member: pr_start
