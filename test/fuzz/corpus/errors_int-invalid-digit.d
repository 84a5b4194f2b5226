	BEGIN
{
	x = 08;
}

/*
 * An octal constant with the digit 8: D_INT_DIGIT, naming the constant
 * and the digit.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
