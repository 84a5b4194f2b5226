dtrace

-- @@stderr --
