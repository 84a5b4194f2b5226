exit status 0
--- file:
to the file

-- @@stderr --
