	/*
 * curpsinfo, curlwpsinfo and curcpu describe the process, thread and CPU a
 * probe fires in: checked against the built-in variables, with the
 * arguments of a workload started with -c.
 *
 * @@trigger: getppid_n 2 alpha beta
 */
#pragma D option quiet
int done;

syscall::getppid:entry /pid == $target && !done/
{
	done = 1;
	printf("pid %d ppid %d uid %d gid %d euid %d egid %d\n", curpsinfo->pr_pid == pid,
	    curpsinfo->pr_ppid == ppid, curpsinfo->pr_uid == uid, curpsinfo->pr_gid == gid,
	    curpsinfo->pr_euid == uid, curpsinfo->pr_egid == gid);
	printf("fname %s\npsargs %s\n", curpsinfo->pr_fname, curpsinfo->pr_psargs);
	printf("nlwp %d dmodel %d addr %d zone %d\n", curpsinfo->pr_nlwp, curpsinfo->pr_dmodel,
	    curpsinfo->pr_addr == (uintptr_t)curthread, curpsinfo->pr_zoneid);
	printf("lwpid %d state %d sname %c onpro %d bind %d %d name %s\n",
	    curlwpsinfo->pr_lwpid == tid, curlwpsinfo->pr_state, curlwpsinfo->pr_sname,
	    curlwpsinfo->pr_onpro == cpu, curlwpsinfo->pr_bindpro, curlwpsinfo->pr_bindpset,
	    curlwpsinfo->pr_name);
	printf("cpu %d pset %d\n", curcpu->cpu_id == cpu, curcpu->cpu_pset);
}
