	BEGIN
{
	this->x = 1;
	trace(this->x[0]);
}

/*
 * Indexing an integer: D_DEREF_NONPTR, as DTrace takes x[i] as *(x + i).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
