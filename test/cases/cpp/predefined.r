system symbols
__SUNW_D=1 __SUNW_D_VERSION=100d000

-- @@stderr --
