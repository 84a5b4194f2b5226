-- @@stderr --
dtrace: failed to compile script pragma-optset-value.d: [D_PRAGMA_OPTSET] line 1: failed to set option 'bufsize' to 'zz': Invalid value for specified option
