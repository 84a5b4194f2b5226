-- @@stderr --
dtrace: failed to compile script xlate-none.d: [D_XLATE_NONE] line 7: cannot translate from "int" to "struct out"
