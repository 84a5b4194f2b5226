-- @@stderr --
dtrace: failed to compile script option-unknown.d: [D_PRAGMA_OPTSET] line 1: failed to set option 'nosuch': Invalid option name
