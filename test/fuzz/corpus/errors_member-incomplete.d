	struct fwd *p;

BEGIN
{
	trace(p->a);
}

/*
 * The -> operator applied to a pointer to a struct that is only declared:
 * D_OP_INCOMPLETE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
