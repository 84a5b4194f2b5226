
                0                3
                2                3
                1                4
2 -> 3 calls, sum 15
0 -> 3 calls, sum 18
1 -> 4 calls, sum 22
[x]

           value  ------------- Distribution ------------- count    
               0 |                                         0        
               1 |@@@@                                     1        
               2 |@@@@@@@@                                 2        
               4 |@@@@@@@@@@@@@@@@                         4        
               8 |@@@@@@@@@@@@                             3        
              16 |                                         0        


                2                3               15
                0                3               18
                1                4               22
after trunc: 1 4
after clear: 0 0
after clear: 1 0
after clear: 2 0

