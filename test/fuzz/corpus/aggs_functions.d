	/*
 * Every aggregating function over the values 1 .. 10 (one per getppid()
 * call), printed at exit in the order the aggregations were first used:
 * histograms with one zero row on each side of their data, then the
 * scalar results, keyed counts sorted by value then key.
 *
 * @@trigger: getppid_n 10
 */
#pragma D option quiet

syscall::getppid:entry
/pid == $target/
{
	n++;
	@q = quantize(n);
	@l = lquantize(n, 0, 10, 3);
	@s = sum(n);
	@a = avg(n);
	@mi = min(n);
	@ma = max(n);
	@c["calls"] = count();
	@k[n % 3] = count();
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
