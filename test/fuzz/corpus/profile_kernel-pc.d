	/*
 * In the kernel (a process making system calls as fast as it can), some
 * profile samples have a kernel PC in arg0 and 0 in arg1; those addresses
 * are kernel addresses (the upper half of the address space).
 *
 * @@opts: -q
 * @@trigger: getppid_n 1000000
 */

profile-997
/pid == $target && arg0 != 0/
{
	k++;
	user += arg1 != 0;
	high += arg0 < 0;
}

END
{
	printf("kernel samples: %d, with a user PC: %d, in the upper half: %d\n",
	    k > 0, user, high == k);
}
