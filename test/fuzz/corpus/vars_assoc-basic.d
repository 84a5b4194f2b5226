	/*
 * Associative arrays: string, integer and tuple keys; an element never
 * assigned reads as 0 or ""; += and ++/-- on elements; assigning 0
 * deletes an element, which then reads as 0.
 */
#pragma D option quiet
BEGIN
{
	a["x"] = 1;
	a["y"] = 2;
	a["x"] += 10;
	b[1, "p"] = "hello";
	c[3]++;
	c[3]++;
	c[4]++;
	c[4]--;
	printf("%d %d %d %s [%s] %d %d\n", a["x"], a["y"], a["z"], b[1, "p"], b[2, "p"], c[3], c[4]);
	a["y"] = 0;
	printf("%d\n", a["y"]);
	exit(0);
}
