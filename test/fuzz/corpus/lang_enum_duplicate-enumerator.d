	enum a { X, Y };
enum b { Z, X };
BEGIN { exit(0); }

/*
 * An enumerator name can be defined only once, even in different enums.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
