	BEGIN
{
	this->x = 1;
	trace(this->x[1, 2]);
}

/*
 * Two indices on a variable that is not an associative array:
 * D_ARR_BADREF.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
