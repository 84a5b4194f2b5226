
-- @@stderr --
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): invalid alignment (0x1001) in action #1 at DIF offset 6
dtrace: error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): invalid alignment (0x1003) in action #1 at DIF offset 6
dtrace: error on enabled probe ID 3 (ID 1: dtrace:::BEGIN): invalid alignment (0x1004) in action #1 at DIF offset 6
dtrace: error on enabled probe ID 4 (ID 1: dtrace:::BEGIN): invalid address (0x1005) in action #1 at DIF offset 9
