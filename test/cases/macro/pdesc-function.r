exit_group 3

-- @@stderr --
