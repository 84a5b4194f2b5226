-- @@stderr --
dtrace: failed to compile script incomplete-output.d: [D_XLATE_SOU] line 1: incomplete struct/union/enum struct nosuch
