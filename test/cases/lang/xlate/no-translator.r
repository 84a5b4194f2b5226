-- @@stderr --
dtrace: failed to compile script no-translator.d: [D_XLATE_NONE] line 2: cannot translate from "struct task_struct *" to "struct other *"
