-- @@stderr --
dtrace: failed to compile script output-not-struct.d: [D_XLATE_SOU] line 1: translator output type must be a struct or union
