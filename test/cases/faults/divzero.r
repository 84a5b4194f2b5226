still running

-- @@stderr --
dtrace: error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): divide-by-zero in action #1 at DIF offset 7
dtrace: error on enabled probe ID 3 (ID 1: dtrace:::BEGIN): divide-by-zero in action #2 at DIF offset 13
dtrace: error on enabled probe ID 4 (ID 1: dtrace:::BEGIN): divide-by-zero in predicate at DIF offset 7
