-- @@stderr --
dtrace: failed to compile script nested-comment.d: [D_SYNTAX] line 1: /* encountered inside a comment
