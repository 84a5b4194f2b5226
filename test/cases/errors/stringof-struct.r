-- @@stderr --
dtrace: failed to compile script stringof-struct.d: [D_STRINGOF_TYPE] line 6: cannot apply stringof to a value of type struct s
