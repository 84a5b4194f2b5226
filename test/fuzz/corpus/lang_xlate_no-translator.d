	struct other { int o; };
BEGIN { x = xlate <struct other *>(curthread)->o; exit(0); }

/*
 * xlate to a type for which no translator from the operand type exists.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
