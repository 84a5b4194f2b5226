-- @@stderr --
dtrace: failed to compile script incomplete-struct-var.d: [D_DECL_INCOMPLETE] line 1: incomplete struct/union/enum struct nosuch: s
