	BEGIN
{
	setopt("aggsortpos", 1);
}

/*
 * setopt() takes strings.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
