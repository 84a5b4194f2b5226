-- @@stderr --
dtrace: failed to compile script pdesc-undefined-variable.d: line 6: invalid probe description "dtrace:::$nosuch": Undefined macro variable in probe description
