-- @@stderr --
dtrace: failed to compile script redeclared.d: [D_XLATE_REDECL] line 3: translator from struct task_struct * to struct myinfo has already been declared
