exit status 0
within 1.5 s
counted
-- @@stderr --
