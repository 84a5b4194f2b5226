-- @@stderr --
dtrace: failed to compile script names-global.d: [D_DECL_IDRED] line 2: global variable identifier redeclared: myvar
