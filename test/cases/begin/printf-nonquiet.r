CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN 42 answer


-- @@stderr --
dtrace: script 'printf-nonquiet.d' matched 1 probe
