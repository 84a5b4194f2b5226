-- @@stderr --
dtrace: failed to compile script sizeof-incomplete.d: [D_SIZEOF_TYPE] line 1: cannot apply sizeof to an operand of unknown size
