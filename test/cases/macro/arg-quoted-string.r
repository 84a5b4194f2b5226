quoted 42

-- @@stderr --
