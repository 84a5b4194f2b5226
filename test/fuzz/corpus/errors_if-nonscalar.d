	struct s { int a; };
struct s v;

BEGIN
{
	if (v) {
		trace(1);
	}
}

/*
 * An if condition that is not scalar: D_PRED_SCALAR, as DTrace makes
 * predicates of if statements.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
