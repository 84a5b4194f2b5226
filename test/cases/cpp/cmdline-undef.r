X undefined
__linux undefined

-- @@stderr --
