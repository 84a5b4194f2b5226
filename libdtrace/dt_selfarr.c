/*
 * dt_selfarr.c -- thread-local associative arrays (self->a[k]): removing
 * an exiting thread's elements.
 *
 * Why this design: a thread's self-> scalars live in task storage, which
 * the kernel frees with the thread, but task storage holds one fixed-size
 * value per thread and an associative array holds any number of elements.
 * So each self-> array is one preallocated hash map, like a global array,
 * whose keys start with the thread's id (dt_cg.c); lookups stay a single
 * hash lookup.  What must not happen is that elements outlive their
 * thread and fill the map as threads come and go.  A program on the
 * sched_process_exit raw tracepoint (which fires in every exiting thread,
 * before its id can be reused) removes them: only a thread whose task
 * storage says it stored elements pays for the walk over each self->
 * array's map (bpf_for_each_map_elem, deleting the elements led by its
 * id); every other thread's exit costs one task storage lookup.
 *
 * The walk's callback is a BPF subprogram: the kernel insists on BTF for
 * every function of such a program, so a small BTF describing the two
 * functions is loaded with it.
 */
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

/* BTF for the program's two functions: the main one, then the callback. */
static struct btf *
dt_selfarr_btf(int *main_id, int *cb_id)
{
	struct btf *btf = btf__new_empty();
	int li, vp, mp, cp;

	if (btf == NULL)
		return NULL;
	li = btf__add_int(btf, "long", 8, BTF_INT_SIGNED);
	vp = btf__add_ptr(btf, 0);
	mp = btf__add_func_proto(btf, li);
	if (li < 0 || vp < 0 || mp < 0 || btf__add_func_param(btf, "ctx", vp) < 0)
		goto fail;
	*main_id = btf__add_func(btf, "dt_self_reap", BTF_FUNC_GLOBAL, mp);
	cp = btf__add_func_proto(btf, li);
	if (*main_id < 0 || cp < 0 || btf__add_func_param(btf, "map", vp) < 0 ||
	    btf__add_func_param(btf, "key", vp) < 0 || btf__add_func_param(btf, "value", vp) < 0 ||
	    btf__add_func_param(btf, "ctx", vp) < 0)
		goto fail;
	/* callbacks must be static functions */
	*cb_id = btf__add_func(btf, "dt_self_reap_elem", BTF_FUNC_STATIC, cp);
	if (*cb_id < 0 || btf__load_into_kernel(btf) < 0)
		goto fail;
	return btf;
fail:
	btf__free(btf);
	return NULL;
}

static void
emit_map(dt_insnbuf_t *ib, int reg, int fd)
{
	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, reg, BPF_PSEUDO_MAP_FD, 0, fd));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, 0));
}

/*
 * The program: if the exiting thread's storage marks it as having stored
 * elements, walk each self-> array's map with the callback, which deletes
 * the elements whose key starts with the thread's id (kept on the stack,
 * passed as the walk's context).
 */
static void
dt_selfarr_insns(dtrace_hdl_t *dtp, dt_insnbuf_t *ib, size_t *cb_at)
{
	size_t jout[2], ld_cb[64];
	int nld = 0;

	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_get_current_task_btf));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_2, BPF_REG_0));
	emit_map(ib, BPF_REG_1, dtp->map_tls);
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_3, 0));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_4, 0));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_task_storage_get));
	jout[0] = ib->n;
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, (int16_t)dtp->tls_arrays_off));
	jout[1] = ib->n;
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 0));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_get_current_pid_tgid));
	dt_ib_emit(ib, MOV32_REG(BPF_REG_0, BPF_REG_0));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, -8));
	for (dt_ident_t *idp = dtp->tls; idp; idp = idp->next) {
		if (idp->nkeys == 0 || !idp->defined || dtp->map_assoc[idp->offset] < 0 || nld == 64)
			continue;
		emit_map(ib, BPF_REG_1, dtp->map_assoc[idp->offset]);
		ld_cb[nld++] = ib->n;
		dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_2, BPF_PSEUDO_FUNC, 0, 0));
		dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, 0));
		dt_ib_emit(ib, MOV64_REG(BPF_REG_3, BPF_REG_10));
		dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, -8));
		dt_ib_emit(ib, MOV64_IMM(BPF_REG_4, 0));
		dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_for_each_map_elem));
	}
	for (int i = 0; i < 2; i++)
		ib->insns[jout[i]].off = (int16_t)(ib->n - jout[i] - 1);
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
	dt_ib_emit(ib, EXIT_INSN());

	/* the callback: (map, key, value, ctx) */
	*cb_at = ib->n;
	for (int i = 0; i < nld; i++)
		ib->insns[ld_cb[i]].imm = (int32_t)(*cb_at - ld_cb[i] - 1);
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_5, BPF_REG_2, 0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_0, BPF_REG_4, 0));
	dt_ib_emit(ib, JMP_REG(BPF_JNE, BPF_REG_5, BPF_REG_0, 1));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_map_delete_elem));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
	dt_ib_emit(ib, EXIT_INSN());
}

int
dt_selfarr_load(dtrace_hdl_t *dtp)
{
	LIBBPF_OPTS(bpf_prog_load_opts, opts);
	struct bpf_func_info finfo[2];
	dt_insnbuf_t ib = { NULL, 0, 0 };
	struct btf *btf;
	int main_id, cb_id;
	size_t cb_at;

	if (!dtp->tls_arrays || dtp->map_tls < 0)
		return 0;
	if ((btf = dt_selfarr_btf(&main_id, &cb_id)) == NULL) {
		dt_set_errmsg(dtp, "could not enable tracing: failed to load the BTF of self-> "
			      "associative arrays: %s", strerror(errno));
		return -1;
	}
	dt_selfarr_insns(dtp, &ib, &cb_at);
	finfo[0].insn_off = 0;
	finfo[0].type_id = (uint32_t)main_id;
	finfo[1].insn_off = (uint32_t)cb_at;
	finfo[1].type_id = (uint32_t)cb_id;
	opts.prog_btf_fd = btf__fd(btf);
	opts.func_info = finfo;
	opts.func_info_cnt = 2;
	opts.func_info_rec_size = sizeof(finfo[0]);
	dtp->selfarr_prog = bpf_prog_load(BPF_PROG_TYPE_RAW_TRACEPOINT, "dt_self_reap", "GPL",
					  ib.insns, ib.n, &opts);
	dt_ib_free(&ib);
	btf__free(btf);
	if (dtp->selfarr_prog < 0) {
		dt_set_errmsg(dtp, "could not enable tracing: failed to load the program that frees "
			      "exiting threads' self-> associative array elements: %s", strerror(errno));
		return -1;
	}
	dtp->selfarr_link = bpf_raw_tracepoint_open("sched_process_exit", dtp->selfarr_prog);
	if (dtp->selfarr_link < 0) {
		dt_set_errmsg(dtp, "could not enable tracing: failed to attach to the "
			      "sched_process_exit tracepoint: %s", strerror(errno));
		return -1;
	}
	return 0;
}

void
dt_selfarr_unload(dtrace_hdl_t *dtp)
{
	if (dtp->selfarr_link >= 0)
		close(dtp->selfarr_link);
	if (dtp->selfarr_prog >= 0)
		close(dtp->selfarr_prog);
	dtp->selfarr_link = dtp->selfarr_prog = -1;
}
