	BEGIN { trace((void)1); exit(0); }

/*
 * trace() cannot record a void expression.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
