	inline int LIMIT = "five";

BEGIN
{
	trace(LIMIT);
}

/*
 * An inline whose definition does not fit its type: D_OP_INCOMPAT, naming
 * the inline.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
