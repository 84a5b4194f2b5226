[a	b] [cA]

-- @@stderr --
