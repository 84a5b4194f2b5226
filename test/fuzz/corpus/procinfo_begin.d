	/* In BEGIN (run by dtrace itself) curpsinfo is dtrace's. */
#pragma D option quiet
BEGIN
{
	printf("%s %d %d %d %c\n", curpsinfo->pr_fname, curpsinfo->pr_pid == pid,
	    curlwpsinfo->pr_lwpid == tid, curcpu->cpu_id == cpu, curlwpsinfo->pr_sname);
	exit(0);
}
