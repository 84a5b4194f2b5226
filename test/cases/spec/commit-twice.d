/*
 * A clause may commit several speculations (and discard others): each
 * prints what it held, in the order of the commit( )s; commit( ) in an if
 * statement commits only when its branch runs.
 *
 * @@opts: -x nspec=4
 * @@cpu: 0
 */

BEGIN
{
	a = speculation();
	b = speculation();
	c = speculation();
	d = speculation();
}

BEGIN { speculate(a); trace("in a"); }
BEGIN { speculate(b); trace("in b"); }
BEGIN { speculate(c); trace("in c"); }
BEGIN { speculate(d); trace("in d"); }

BEGIN
{
	commit(b);
	discard(c);
	commit(a);
	if (a > b) {
		commit(c);
	}
	if (a < b) {
		commit(d);
	}
}

BEGIN
{
	exit(0);
}
