	BEGIN
{
	this->p = (void *)0;
	trace(this->p[0]);
}

/*
 * Indexing a void pointer: D_OP_INCOMPAT, as DTrace takes x[i] as *(x +
 * i).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
