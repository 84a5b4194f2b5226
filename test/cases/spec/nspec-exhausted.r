a 1 b 0
committed

-- @@stderr --
dtrace: 1 failed speculation (no speculative buffer available)
