	/*
 * A reference may follow other text in a field (tick-$1), and $$n is the
 * same as $n in a probe description.
 *
 * @@opts: -q
 * @@args: 1ms dtrace
 */
profile:::tick-$1
{
	printf("%s:%s\n", probeprov, probename);
	exit(0);
}

$$2:::BEGIN
{
	printf("%s:%s\n", probeprov, probename);
}
