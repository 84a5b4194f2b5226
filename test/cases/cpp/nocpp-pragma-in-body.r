quiet

-- @@stderr --
