	/*
 * stack(N) records at most N frames; stack() as many as the stackframes
 * option says (here 1).
 *
 * @@opts: -q -x stackframes=1
 * @@trigger: getppid_n 1
 */
syscall::getppid:entry
/pid == $target/
{
	stack(2);
	printf("--");
	stack();
	printf("--\n");
}
