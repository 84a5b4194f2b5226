	BEGIN { x = curthread->comm[16]; exit(0); }

/*
 * The bound check also applies to arrays in kernel structs: comm has 16
 * elements.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
