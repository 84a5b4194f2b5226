1 1 16 1 0x1000 7
2 0 17 1 0x1008 7
3 3 21 4 0x0 7
4 1 6 2 0x1002 7
5 1 14 5 0x0 7

-- @@stderr --
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): invalid address (0x1000) in action #1 at DIF offset 16
dtrace: error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): invalid address (0x1008) in predicate at DIF offset 17
dtrace: error on enabled probe ID 3 (ID 1: dtrace:::BEGIN): divide-by-zero in action #3 at DIF offset 21
dtrace: error on enabled probe ID 4 (ID 1: dtrace:::BEGIN): invalid alignment (0x1002) in action #1 at DIF offset 6
dtrace: error on enabled probe ID 5 (ID 1: dtrace:::BEGIN): out of scratch space in action #1 at DIF offset 14
