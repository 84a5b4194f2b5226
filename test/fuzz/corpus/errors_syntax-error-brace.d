	BEGIN
{
	x = 1
	y = 2;
}

/*
 * Two statements without a semicolon between them: the error is reported
 * at the second statement's first token, on line 4.
 *
 * @@exit: 1
 */
