	BEGIN
{
	x = 123abc;
}

/*
 * Digits run into letters: DTrace reads the constant 123 and then the
 * identifier abc, so this is a syntax error near "abc" (D_SYNTAX).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
