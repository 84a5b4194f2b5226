CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN 
  0      1                           :BEGIN 

exit status 0
-- @@stderr --
dtrace: description 'BEGIN' matched 1 probe
dtrace: description 'dtrace:::BEGIN' matched 1 probe
