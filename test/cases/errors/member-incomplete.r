-- @@stderr --
dtrace: failed to compile script member-incomplete.d: [D_OP_INCOMPLETE] line 5: operator -> cannot be applied to a forward declaration: no struct fwd definition is available
