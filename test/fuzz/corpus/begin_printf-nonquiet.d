	/*
 * printf() output in non-quiet mode follows the probe line on the same line;
 * the record then ends with a newline of its own, and the tracer's final
 * newline follows.
 *
 * @@cpu: 0
 */

BEGIN
{
	printf("%d %s\n", 6 * 7, "answer");
	exit(0);
}
