-- @@stderr --
dtrace: failed to compile script unterminated-comment.d: [D_SYNTAX] line 14: end-of-file encountered before matching */
