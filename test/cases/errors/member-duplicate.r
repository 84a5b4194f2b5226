-- @@stderr --
dtrace: failed to compile script member-duplicate.d: [D_UNKNOWN] line 3: failed to define member 'a': Duplicate member or variable name.
