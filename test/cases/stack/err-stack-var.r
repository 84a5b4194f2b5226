-- @@stderr --
dtrace: failed to compile script err-stack-var.d: [D_STACK_SIZE] line 10: stack( ) argument #1 must be a non-zero positive integer constant
