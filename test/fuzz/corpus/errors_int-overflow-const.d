	BEGIN
{
	x = 99999999999999999999999;
}

/*
 * A constant too large for 64 bits: D_INT_OFLOW.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
