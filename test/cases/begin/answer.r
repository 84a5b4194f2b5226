42 answer

-- @@stderr --
