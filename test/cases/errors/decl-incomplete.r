-- @@stderr --
dtrace: failed to compile script decl-incomplete.d: [D_DECL_INCOMPLETE] line 1: incomplete struct/union/enum struct fwd: v
