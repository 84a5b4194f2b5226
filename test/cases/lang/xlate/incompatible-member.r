-- @@stderr --
dtrace: failed to compile script incompatible-member.d: [D_XLATE_INCOMPAT] line 2: translator member mi_pid definition uses incompatible types: "int" = "string"
