CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN 

-- @@stderr --
dtrace: script 'exit-default.d' matched 1 probe
