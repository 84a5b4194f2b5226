[HELLO, WORLD! 123 [AZ] {AZ} @`]
[hello, world! 123 [az] {az} @`]
[] [dtrace]

