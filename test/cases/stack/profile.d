/*
 * A profile probe firing while the workload reads /dev/zero in the kernel:
 * the kernel stacks hold the read path, read_zero called by vfs_read called
 * by ksys_read.  Every line is a frame (14 spaces, module`function+0xoff)
 * or a count.
 *
 * @@opts: -q
 * @@trigger: readzero 300
 */
profile-997
/pid == $target && arg0 != 0/
{
	@[stack()] = count();
}
