	/*
 * func(), sym() and mod() as aggregation keys group the kernel PCs of a
 * profile probe by function (module`function, no offset) and by module;
 * printf's %a shows one PC with its offset.
 *
 * @@opts: -q
 * @@trigger: readzero 300
 */
BEGIN
{
	done = 0;
}

profile-997
/pid == $target && arg0 != 0/
{
	@f[func(arg0)] = count();
	@s[sym(arg0)] = count();
	@m[mod(arg0)] = count();
}

profile-997
/pid == $target && arg0 != 0 && !done/
{
	printf("pc %a\n", arg0);
	done = 1;
}
