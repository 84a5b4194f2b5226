-- @@stderr --
dtrace: failed to compile script var-named-like-type.d: [D_DECL_IDRED] line 2: typedef identifier redeclared: foo_t
