	/*
 * String keys are stored as wide as the widest string the program gives
 * them: execname's 16 bytes, then a longer literal widens the key for every
 * use, and the records still match (execname counted twice).
 */
#pragma D option quiet

BEGIN
{
	@[execname] = count();
	@["a much longer string than sixteen bytes"] = count();
	@[execname] = count();
	exit(0);
}
