-- @@stderr --
dtrace: failed to compile script defaultargs-unused.d: line 12: extraneous argument 'extra' ($1 is not referenced)
