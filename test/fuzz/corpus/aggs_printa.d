	/*
 * printa() with and without a format, several aggregations joined on their
 * keys, a histogram through %@, keys left unprinted; trunc() keeping the
 * largest, clear() zeroing values but keeping keys, trunc() emptying; an
 * aggregation printa() printed is not printed again at exit.
 *
 * @@trigger: getppid_n 10
 */
#pragma D option quiet
syscall::getppid:entry /pid == $target/ { n++; @c[n % 3] = count(); @s[n % 3] = sum(n); @q = quantize(n); @name["x", 7] = count(); }
syscall::exit_group:entry /pid == $target/
{
	printa(@c);
	printa("%d -> %@d calls, sum %@d\n", @c, @s);
	printa("[%s]\n", @name);
	printa("%@d\n", @q);
	printa(@c, @s);
	trunc(@c, 1);
	printa("after trunc: %d %@u\n", @c);
	clear(@s);
	printa("after clear: %d %@d\n", @s);
	trunc(@s);
	exit(0);
}
