/tmp dtrace 1

-- @@stderr --
