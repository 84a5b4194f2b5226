-- @@stderr --
dtrace: failed to compile script offsetof-nomember.d: [D_UNKNOWN] line 5: failed to determine offset of b: Member name not found.
