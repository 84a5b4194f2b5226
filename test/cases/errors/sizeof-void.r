-- @@stderr --
dtrace: failed to compile script sizeof-void.d: [D_SIZEOF_TYPE] line 3: cannot apply sizeof to an operand of unknown size
