-- @@stderr --
dtrace: failed to compile script err-stack-zero.d: [D_STACK_SIZE] line 9: stack( ) argument #1 must be a non-zero positive integer constant
