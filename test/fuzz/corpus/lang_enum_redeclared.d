	enum colors { RED };
enum colors { GREEN };
BEGIN { exit(0); }

/*
 * An enum type cannot be defined twice.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
