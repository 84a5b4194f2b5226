	BEGIN { this->v = (void *)0; y = *this->v; exit(0); }

/*
 * A void pointer cannot be dereferenced.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
