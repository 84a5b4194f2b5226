-- @@stderr --
dtrace: failed to compile script action-in-comma.d: [D_OP_ACT] line 4: operator , operands cannot be actions
