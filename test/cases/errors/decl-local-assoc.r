-- @@stderr --
dtrace: failed to compile script decl-local-assoc.d: [D_DECL_LOCASSC] line 1: associative arrays may not be declared as local variables: a
