	/*
 * printf's %k takes a stack (printa's stack() keys), not an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	printf("%k", 1);
}
