	BEGIN
{
	speculate(1);
	speculate(2);
}

/*
 * speculate( ) twice in a clause: D_SPEC_SPEC.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
