1

-- @@stderr --
dtrace: error on enabled probe ID 1 (ID 1: dtrace:::BEGIN): invalid address (0x2000) in action #2 at DIF offset 22
dtrace: error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): invalid address (0x2008) in action #1 at DIF offset 17
