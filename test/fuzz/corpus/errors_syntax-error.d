	BEGIN
{
	trace(1 + );
}

/*
 * A syntax error: the message names the script, the line of the offending
 * token and the token.  Nothing is traced; exit status 1.
 *
 * @@exit: 1
 */
