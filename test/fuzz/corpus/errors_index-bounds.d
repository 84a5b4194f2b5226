	int a[4];

BEGIN
{
	trace(a[5]);
}

/*
 * A constant index outside a declared array: D_ARR_BOUNDS, with the index
 * and the number of elements.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
