arg0-script.d arg0-script.d

-- @@stderr --
