[a]

-- @@stderr --
dtrace: error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): invalid address (0x0) in action #1 at DIF offset 31
dtrace: error on enabled probe ID 4 (ID 2: dtrace:::END): invalid address (0x0) in action #1 at DIF offset 31
