-- @@stderr --
dtrace: failed to compile script extra-paren.d: [D_SYNTAX] line 1: extra ) in input stream
