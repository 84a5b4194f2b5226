already there
first

second

-- @@stderr --
