CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN   not speculative                  
  0      1                           :BEGIN 
  0      1                           :BEGIN         1  string                           [printf 42]
  0      1                           :BEGIN 
  0      1                           :BEGIN 

-- @@stderr --
dtrace: script 'trace-printf.d' matched 6 probes
