/*
 * trace() of an object larger than the per-CPU record buffer is refused
 * when the program is compiled.
 *
 * @@exit: 1
 */

int big[9000];

BEGIN
{
	trace(big);
}
