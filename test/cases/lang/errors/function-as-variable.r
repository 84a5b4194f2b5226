-- @@stderr --
dtrace: failed to compile script function-as-variable.d: [D_IDENT_BADREF] line 1: function 'strlen' may not be referenced as scalar
