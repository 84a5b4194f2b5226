	/*
 * normalize() divides what is shown (histogram bars keep the raw counts),
 * denormalize() undoes it; printa() with a format shows the normalized value.
 *
 * @@trigger: getppid_n 10
 */
#pragma D option quiet
syscall::getppid:entry /pid == $target/ { n++; @s = sum(n * 1000); @c[n % 2] = count(); @q = quantize(n); }
syscall::exit_group:entry /pid == $target/
{
	normalize(@s, 1000);
	normalize(@c, 2);
	normalize(@q, 2);
	printa("sum/1000 %@d\n", @s);
	printa(@c);
	denormalize(@c);
	printa(@c);
	exit(0);
}
