	#pragma D nosuchpragma
BEGIN
{
	exit(0);
}

/*
 * An unknown D pragma is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
