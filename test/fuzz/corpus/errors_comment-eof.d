	BEGIN
{
	trace(1);
}

/*
 * A comment still open at the end of the file is a syntax error
 * (D_SYNTAX), reported at the last line.
 *
 * @@opts: -xerrtags
 * @@exit: 1
