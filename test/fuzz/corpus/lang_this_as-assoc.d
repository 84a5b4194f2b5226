	BEGIN { this->a[1] = 2; exit(0); }

/*
 * A clause-local variable cannot be used as an associative array.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
