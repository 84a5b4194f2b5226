-- @@stderr --
dtrace: failed to compile script member-not-translated.d: [D_XLATE_NOCONV] line 3: translator does not define conversion for member: mi_other
