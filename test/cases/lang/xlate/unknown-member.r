-- @@stderr --
dtrace: failed to compile script unknown-member.d: [D_XLATE_MEMB] line 2: translator member nosuch is not a member of struct myinfo
