-- @@stderr --
dtrace: failed to compile script offsetof-not-sou.d: [D_OFFSETOF_TYPE] line 1: offsetof operand must be a struct or union type
