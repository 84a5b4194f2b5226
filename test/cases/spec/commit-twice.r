CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN 
  0      1                           :BEGIN   in b                             
  0      1                           :BEGIN   in a                             
  0      1                           :BEGIN   in d                             
  0      1                           :BEGIN 

-- @@stderr --
dtrace: script 'commit-twice.d' matched 7 probes
