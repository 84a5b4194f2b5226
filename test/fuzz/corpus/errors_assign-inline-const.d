	inline int LIMIT = 5;

BEGIN
{
	LIMIT = 1;
}

/*
 * Assigning to an inline whose value is an integer constant: D_OP_LVAL,
 * as for any constant.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
