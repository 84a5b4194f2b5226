	BEGIN
{
	x = 1 @ 2;
}

/*
 * A character that starts no D token: a syntax error near it (D_SYNTAX).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
