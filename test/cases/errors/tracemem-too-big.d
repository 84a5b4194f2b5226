/*
 * tracemem( ) of more bytes than a clause's record can hold.
 *
 * @@exit: 1
 */
BEGIN
{
	tracemem(arg0, 40000);
}
