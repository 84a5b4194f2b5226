exit status 0
CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN 

-- @@stderr --
dtrace: description 'BEGIN ' matched 1 probe
