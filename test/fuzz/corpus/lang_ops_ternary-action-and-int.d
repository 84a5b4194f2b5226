	BEGIN { x = 1; x ? printf("a") : 1; exit(0); }

/*
 * An action and an integer are not compatible alternatives of ?:.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
