-- @@stderr --
dtrace: failed to compile script predicate-paren.d: [D_SYNTAX] line 1: closing ) expected in predicate before /
