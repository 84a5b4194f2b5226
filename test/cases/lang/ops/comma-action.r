-- @@stderr --
dtrace: failed to compile script comma-action.d: [D_OP_ACT] line 1: operator , operands cannot be actions
