getppid

-- @@stderr --
