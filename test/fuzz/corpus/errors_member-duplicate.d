	struct s {
	int a;
	int a;
};

BEGIN
{
	exit(0);
}

/*
 * Two struct members with the same name: D_UNKNOWN, as DTrace reports
 * libctf refusing the second.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
