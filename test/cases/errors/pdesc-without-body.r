-- @@stderr --
dtrace: failed to compile script pdesc-without-body.d: [D_SYNTAX] line 1: expected predicate and/or actions following probe description
