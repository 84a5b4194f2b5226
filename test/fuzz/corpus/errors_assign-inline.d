	inline string NAME = execname;

BEGIN
{
	NAME = "x";
}

/*
 * Assigning to an inline that is not a constant: D_OP_WRITE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
