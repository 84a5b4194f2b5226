	/*
 * profile-N in a CPU-bound user-space loop: arg1 is the user PC (non-zero
 * in user mode), arg0 the kernel PC (0 then); never both.  Most samples of
 * spin land in user mode.
 *
 * @@opts: -q
 * @@trigger: spin 400
 */

profile-997
/pid == $target/
{
	n++;
	user += arg1 != 0;
	kernel += arg0 != 0;
	both += arg0 != 0 && arg1 != 0;
	neither += arg0 == 0 && arg1 == 0;
}

END
{
	printf("samples: %s\n", n > 40 ? "many" : "few");
	printf("mostly user: %d\n", user * 10 > n * 8);
	printf("both: %d neither: %d\n", both, neither);
	printf("user + kernel = all: %d\n", user + kernel == n);
}
