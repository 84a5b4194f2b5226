exiting
committed at END

-- @@stderr --
