-- @@stderr --
dtrace: failed to compile script member-incomplete-type.d: [D_DECL_INCOMPLETE] line 2: incomplete struct/union/enum struct fwd: a
