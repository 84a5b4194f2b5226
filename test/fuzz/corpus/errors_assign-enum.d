	enum colour { RED, GREEN };

BEGIN
{
	RED = 1;
}

/*
 * Assigning to an enumerator, which is an integer constant: D_OP_LVAL.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
