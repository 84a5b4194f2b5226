[hello world] 1

-- @@stderr --
