-- @@stderr --
dtrace: failed to compile script pragma-optset-name.d: [D_PRAGMA_OPTSET] line 1: failed to set option 'nosuchoption': Invalid option name
