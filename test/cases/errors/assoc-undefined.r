-- @@stderr --
dtrace: failed to compile script assoc-undefined.d: line 8: failed to resolve nosuch: Unknown variable name
