CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN  255 200 65535       -1       -1               -1
  0      1                           :BEGIN 

