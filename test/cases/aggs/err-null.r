-- @@stderr --
dtrace: failed to compile script err-null.d: [D_AGG_NULL] line 4: expression has null effect: @a
