-- @@stderr --
dtrace: failed to compile script ternary-actions.d: [D_OP_ACT] line 4: action cannot be used in a conditional context
