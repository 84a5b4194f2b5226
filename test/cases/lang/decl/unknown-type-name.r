-- @@stderr --
dtrace: failed to compile script unknown-type-name.d: [D_SYNTAX] line 1: expected predicate and/or actions following probe description
