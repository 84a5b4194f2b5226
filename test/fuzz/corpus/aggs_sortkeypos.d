	/*
 * Ties in value are broken by the keys compared field by field, starting
 * with the field at aggsortkeypos (wrapping round); with aggsortkey the
 * keys alone decide, in the same field order.
 */
#pragma D option quiet
#pragma D option aggsortkeypos=1
BEGIN
{
	@[1, "c"] = sum(0);
	@[2, "b"] = sum(0);
	@[3, "a"] = sum(0);
	@[3, "b"] = sum(-1);
	printa("%d %s %@d\n", @);
	printf("by key, second field first\n");
	setopt("aggsortkey");
	@k[1, "c"] = sum(9);
	@k[2, "b"] = sum(8);
	@k[3, "b"] = sum(7);
	printa("%d %s %@d\n", @k);
	printf("by key, first field first\n");
	setopt("aggsortkeypos", "0");
	printa("%d %s %@d\n", @k);
	exit(0);
}
