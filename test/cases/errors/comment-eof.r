-- @@stderr --
dtrace: failed to compile script comment-eof.d: [D_SYNTAX] line 12: end-of-file encountered before matching */
