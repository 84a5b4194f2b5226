	/*
 * cpp's form, # N "file" flags, is accepted without -C too; the name of
 * the script's input (/dev/stdin) gives plain line numbers.
 *
 * @@exit: 1
 */
# 40 "/dev/stdin" 1
BEGIN
{
	x = ;
}
