== printf-aggs
str 42    ab|7   |ff
a 1 1
b 2 1

                5

           value  ------------- Distribution ------------- count    
               4 |                                         0        
               8 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        
              16 |                                         0        


           value  ------------- Distribution ------------- count    
               0 |                                         0        
               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        
               4 |                                         0        

                4
                7
exit status 0
== speculation
committed 1

exit status 0
== copyinstr
/etc/hostname
/nonexistent

exit status 0
== fault
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): invalid address (0x8) in action #1 at DIF offset N

exit status 0
== compile-error
dtrace: invalid probe specifier BEGIN { x = ; }: syntax error near ";"
exit status 1
