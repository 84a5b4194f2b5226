/*
 * dt_dlib.c -- the D library: DTrace's process, thread and CPU types
 * (psinfo_t, lwpsinfo_t, cpuinfo_t), their translators from the kernel's
 * struct task_struct, and the variables curpsinfo, curlwpsinfo and curcpu.
 *
 * It is D text, compiled into the handle before the first program that
 * names one of its identifiers (a program that does not pays nothing: the
 * kernel's BTF is not even opened).  The translators take any
 * struct task_struct *, so providers can type their arguments with them.
 *
 * Members Linux has no notion of hold the values DTrace documents for
 * "none": 0, -1 for processor bindings (PBIND_NONE, PS_NONE); pr_rssize,
 * pr_pctcpu, pr_pctmem and pr_argc are 0.  The struct members (pr_start,
 * pr_time, pr_ctime, pr_lwp) have no conversion: a translator member
 * cannot build a struct, so D says so when one is used.  pr_state/pr_sname follow Solaris' codes (SSLEEP 1, SRUN 2,
 * SZOMB 3, SSTOP 4, SONPROC 6; 'S', 'R', 'Z', 'T', 'O').
 */
#include <ctype.h>
#include <string.h>
#include "dt_impl.h"

static const char dt_dlib_text[] =
	/* pid_t, uid_t, gid_t, id_t, processorid_t, zoneid_t are native D types */
	"typedef int psetid_t;\n"
	"typedef int chipid_t;\n"
	"typedef int lgrp_id_t;\n"
	"typedef int taskid_t;\n"
	"typedef int projid_t;\n"
	"typedef int poolid_t;\n"
	"typedef struct timestruc { long tv_sec; long tv_nsec; } timestruc_t;\n"
	"typedef struct processor_info {\n"
	"	int pi_state; char pi_processor_type[16]; char pi_fputypes[32]; int pi_clock;\n"
	"} processor_info_t;\n"
	"typedef struct cpuinfo {\n"
	"	processorid_t cpu_id; psetid_t cpu_pset; chipid_t cpu_chip; lgrp_id_t cpu_lgrp;\n"
	"	processor_info_t cpu_info;\n"
	"} cpuinfo_t;\n"
	"typedef struct lwpsinfo {\n"
	"	int pr_flag; id_t pr_lwpid; uintptr_t pr_addr; uintptr_t pr_wchan;\n"
	"	char pr_stype; char pr_state; char pr_sname; char pr_nice;\n"
	"	short pr_syscall; char pr_oldpri; char pr_cpu; int pr_pri;\n"
	"	unsigned short pr_pctcpu; unsigned short pr_pad;\n"
	"	timestruc_t pr_start; timestruc_t pr_time;\n"
	"	char pr_clname[8]; char pr_name[16];\n"
	"	processorid_t pr_onpro; processorid_t pr_bindpro; psetid_t pr_bindpset;\n"
	"	int pr_lgrp; int pr_filler[4];\n"
	"} lwpsinfo_t;\n"
	"typedef struct psinfo {\n"
	"	int pr_flag; int pr_nlwp; pid_t pr_pid; pid_t pr_ppid; pid_t pr_pgid; pid_t pr_sid;\n"
	"	uid_t pr_uid; uid_t pr_euid; gid_t pr_gid; gid_t pr_egid;\n"
	"	uintptr_t pr_addr; size_t pr_size; size_t pr_rssize; size_t pr_pad1;\n"
	"	uint64_t pr_ttydev; unsigned short pr_pctcpu; unsigned short pr_pctmem;\n"
	"	timestruc_t pr_start; timestruc_t pr_time; timestruc_t pr_ctime;\n"
	"	char pr_fname[16]; char pr_psargs[80];\n"
	"	int pr_wstat; int pr_argc; uintptr_t pr_argv; uintptr_t pr_envp;\n"
	"	char pr_dmodel; char pr_pad2[3];\n"
	"	taskid_t pr_taskid; projid_t pr_projid; int pr_nzomb; poolid_t pr_poolid;\n"
	"	zoneid_t pr_zoneid; id_t pr_contract; int pr_filler[1];\n"
	"	lwpsinfo_t pr_lwp;\n"
	"} psinfo_t;\n"
	/* PIDTYPE_PGID is 2 and PIDTYPE_SID 3 in enum pid_type */
	"translator psinfo_t < struct task_struct *T > {\n"
	"	pr_flag = 0;\n"
	"	pr_nlwp = T->signal->nr_threads;\n"
	"	pr_pid = T->tgid;\n"
	"	pr_ppid = T->real_parent->tgid;\n"
	"	pr_pgid = T->signal->pids[2]->numbers[0].nr;\n"
	"	pr_sid = T->signal->pids[3]->numbers[0].nr;\n"
	"	pr_uid = T->cred->uid.val;\n"
	"	pr_euid = T->cred->euid.val;\n"
	"	pr_gid = T->cred->gid.val;\n"
	"	pr_egid = T->cred->egid.val;\n"
	"	pr_addr = (uintptr_t)T;\n"
	"	pr_size = T->mm == NULL ? 0 : T->mm->total_vm * 4;\n"
	"	pr_rssize = 0;\n"
	"	pr_pctcpu = 0;\n"
	"	pr_pctmem = 0;\n"
	"	pr_ttydev = T->signal->tty == NULL ? -1 : T->signal->tty->index;\n"
	"	pr_fname = T->comm;\n"
	/*
	 * User memory is the current process's only: others show their name
	 * (copied by strjoin() into a string as wide as the arguments, since
	 * a ?: is only as wide as its narrower side).
	 */
	"	pr_psargs = T->mm != NULL && T == curthread ?\n"
	"	    __psargs(T->mm->arg_start, T->mm->arg_end) : strjoin(T->comm, \"\");\n"
	"	pr_wstat = T->exit_code;\n"
	"	pr_argc = 0;\n"
	"	pr_nzomb = 0;\n"
	"	pr_argv = T->mm == NULL ? 0 : T->mm->arg_start;\n"
	"	pr_envp = T->mm == NULL ? 0 : T->mm->env_start;\n"
	"	pr_dmodel = 2;\n"
	"	pr_taskid = 0;\n"
	"	pr_projid = 0;\n"
	"	pr_poolid = 0;\n"
	"	pr_zoneid = 0;\n"
	"	pr_contract = 0;\n"
	"};\n"
	"translator lwpsinfo_t < struct task_struct *T > {\n"
	"	pr_flag = 0;\n"
	"	pr_lwpid = T->pid;\n"
	"	pr_addr = (uintptr_t)T;\n"
	"	pr_wchan = 0;\n"
	"	pr_stype = 0;\n"
	"	pr_state = T->exit_state & 0x20 ? 3 : T->on_cpu ? 6 : T->__state == 0 ? 2 :\n"
	"	    T->__state & 0xc ? 4 : 1;\n"
	"	pr_sname = T->exit_state & 0x20 ? 'Z' : T->on_cpu ? 'O' : T->__state == 0 ? 'R' :\n"
	"	    T->__state & 0xc ? 'T' : 'S';\n"
	"	pr_nice = T->static_prio - 100;\n"
	"	pr_syscall = 0;\n"
	"	pr_oldpri = 0;\n"
	"	pr_cpu = 0;\n"
	"	pr_pctcpu = 0;\n"
	"	pr_pri = T->prio;\n"
	"	pr_name = T->comm;\n"
	"	pr_onpro = T->thread_info.cpu;\n"
	"	pr_bindpro = -1;\n"
	"	pr_bindpset = -1;\n"
	"	pr_lgrp = 0;\n"
	"};\n"
	"translator cpuinfo_t < int C > {\n"
	"	cpu_id = C;\n"
	"	cpu_pset = -1;\n"
	"	cpu_chip = C;\n"
	"	cpu_lgrp = 0;\n"
	"};\n"
	/*
	 * The io provider's types, from the block layer's struct request.
	 * Buffer flags are DTrace's B_* values (a write is an odd REQ_OP_*);
	 * the device is the request's disk (and partition, where it has one);
	 * the file is not known to the block layer: "<unknown>", offset -1.
	 */
	"inline int B_BUSY = 0x1;\n"
	"inline int B_DONE = 0x2;\n"
	"inline int B_ERROR = 0x4;\n"
	"inline int B_PAGEIO = 0x10;\n"
	"inline int B_PHYS = 0x20;\n"
	"inline int B_READ = 0x40;\n"
	"inline int B_WRITE = 0x100;\n"
	"inline int B_ASYNC = 0x400;\n"
	"typedef struct bufinfo {\n"
	"	int b_flags; size_t b_bcount; uintptr_t b_addr; uint64_t b_lblkno; uint64_t b_blkno;\n"
	"	size_t b_resid; size_t b_bufsize; uintptr_t b_iodone; dev_t b_edev;\n"
	"} bufinfo_t;\n"
	"typedef struct devinfo {\n"
	"	int dev_major; int dev_minor; int dev_instance;\n"
	"	string dev_name; string dev_statname; string dev_pathname;\n"
	"} devinfo_t;\n"
	"typedef struct fileinfo {\n"
	"	string fi_name; string fi_dirname; string fi_pathname; long long fi_offset;\n"
	"	string fi_fs; string fi_mount; int fi_oflags;\n"
	"} fileinfo_t;\n"
	"translator bufinfo_t < struct request *R > {\n"
	"	b_flags = R->cmd_flags & 1 ? 0x100 : 0x40;\n"
	"	b_bcount = R->__data_len;\n"
	"	b_addr = 0;\n"
	"	b_lblkno = R->__sector;\n"
	"	b_blkno = R->__sector;\n"
	"	b_resid = 0;\n"
	"	b_bufsize = R->__data_len;\n"
	"	b_iodone = 0;\n"
	/*
	 * The kernel's dev_t (MAJOR << 20 | MINOR) is 32 bits, but its BTF
	 * name resolves to D's 64-bit dev_t: it is read as the 32 bits it is
	 * (an 8-byte read there would be misaligned, and take what follows).
	 */
	"	b_edev = R->part == NULL ? 0 : *(uint32_t *)&R->part->bd_dev;\n"
	"};\n"
	"translator devinfo_t < struct request *R > {\n"
	"	dev_major = R->q->disk->major;\n"
	"	dev_minor = R->part == NULL ? R->q->disk->first_minor : *(uint32_t *)&R->part->bd_dev & 0xfffff;\n"
	"	dev_instance = R->q->disk->first_minor;\n"
	"	dev_name = R->q->disk->disk_name;\n"
	"	dev_statname = R->q->disk->disk_name;\n"
	"	dev_pathname = strjoin(\"/dev/\", R->q->disk->disk_name);\n"
	"};\n"
	"translator fileinfo_t < struct request *R > {\n"
	"	fi_name = \"<unknown>\";\n"
	"	fi_dirname = \"<unknown>\";\n"
	"	fi_pathname = \"<unknown>\";\n"
	"	fi_offset = -1;\n"
	"	fi_fs = \"<unknown>\";\n"
	"	fi_mount = \"<unknown>\";\n"
	"	fi_oflags = 0;\n"
	"};\n"
	"inline psinfo_t *curpsinfo = xlate <psinfo_t *> (curthread);\n"
	"inline lwpsinfo_t *curlwpsinfo = xlate <lwpsinfo_t *> (curthread);\n"
	"inline cpuinfo_t *curcpu = xlate <cpuinfo_t *> (cpu);\n";

/* The identifiers the library defines that a program can name. */
static const char *const dt_dlib_names[] = {
	"curpsinfo", "curlwpsinfo", "curcpu", "psinfo_t", "lwpsinfo_t", "cpuinfo_t",
	"timestruc_t", "processor_info_t", "bufinfo_t", "devinfo_t", "fileinfo_t",
	"B_BUSY", "B_DONE", "B_ERROR", "B_PAGEIO", "B_PHYS", "B_READ", "B_WRITE", "B_ASYNC",
};

/* Does text name one of the library's identifiers (as a whole word)? */
bool
dt_dlib_wanted(const char *text, size_t len)
{
	for (size_t i = 0; i < sizeof(dt_dlib_names) / sizeof(dt_dlib_names[0]); i++) {
		size_t n = strlen(dt_dlib_names[i]);

		for (const char *p = text; p + n <= text + len;) {
			const char *q = memmem(p, (size_t)(text + len - p), dt_dlib_names[i], n);

			if (q == NULL)
				break;
			if ((q == text || !(isalnum((unsigned char)q[-1]) || q[-1] == '_')) &&
			    (q + n == text + len || !(isalnum((unsigned char)q[n]) || q[n] == '_')))
				return true;
			p = q + 1;
		}
	}
	return false;
}

const char *
dt_dlib_source(size_t *len)
{
	*len = sizeof(dt_dlib_text) - 1;
	return dt_dlib_text;
}
