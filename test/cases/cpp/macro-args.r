10 five

-- @@stderr --
