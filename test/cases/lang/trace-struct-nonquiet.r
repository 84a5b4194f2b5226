CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN   ok                                       1
  0      1                           :BEGIN 
             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
         0: 00 00 00 00 41 00 00 00 00 00 00 00 00 00 00 00  ....A...........
        10: 00 00 00 00                                      ....

  0      1                           :BEGIN 

