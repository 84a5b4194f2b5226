	enum e { A = timestamp };

BEGIN
{
	exit(0);
}

/*
 * An enumerator whose value is not a constant: D_DECL_ENCONST.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
