dtrace:BEGIN
profile:tick-1ms

-- @@stderr --
