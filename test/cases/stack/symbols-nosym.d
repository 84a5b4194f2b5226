/*
 * Addresses with no kernel symbol print as numbers: func(), sym(), mod()
 * as trace records ("  %-50s") and printf's %a; %A (user addresses, which
 * have no symbols here yet) prints the number too.
 *
 * @@cpu: 0
 */
BEGIN
{
	func(0);
	sym(1);
	mod(2);
	printf("|%a|%A|%-6a|", 0, 16, 3);
	exit(0);
}
