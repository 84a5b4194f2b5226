/*
 * dt_disasm.c -- BPF instruction disassembler, for -S.
 *
 * The output follows the conventions of the kernel verifier log and of
 * "bpftool prog dump xlated":
 *
 *	r1 = r10			w1 += w2
 *	r1 = *(u64 *)(r10 -8)		*(u32 *)(r10 -16) = r2
 *	if r1 != 0x5 goto pc+3		call bpf_map_lookup_elem#1
 *	lock *(u64 *)(r1 +0) += r2	r1 = map[fd:3]
 *
 * dt_disasm() also annotates every branch with the absolute index of its
 * target, e.g. "goto pc+3 <12>"; dt_disasm_insn() does not know the index of
 * the instruction it is given, so it prints the relative form only.
 *
 * Nothing is ever read past the n instructions given, and unknown or
 * malformed encodings print as "(op) invalid", with op the opcode in hex.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "dt_disasm.h"

/*
 * Encodings newer than some installed kernel headers (ISA v4 and later).
 * The values are fixed by the BPF instruction set.
 */
#ifndef BPF_MEMSX
#define BPF_MEMSX	0x80	/* sign-extending load (LDX class) */
#endif
#ifndef BPF_JCOND
#define BPF_JCOND	0xe0	/* may_goto (JMP class) */
#endif
#ifndef BPF_LOAD_ACQ
#define BPF_LOAD_ACQ	0x100	/* atomic load-acquire (imm of STX|ATOMIC) */
#endif
#ifndef BPF_STORE_REL
#define BPF_STORE_REL	0x110	/* atomic store-release (imm of STX|ATOMIC) */
#endif
#ifndef BPF_PSEUDO_BTF_ID
#define BPF_PSEUDO_BTF_ID	3
#endif
#ifndef BPF_PSEUDO_FUNC
#define BPF_PSEUDO_FUNC		4
#endif
#ifndef BPF_PSEUDO_MAP_IDX
#define BPF_PSEUDO_MAP_IDX	5
#endif
#ifndef BPF_PSEUDO_MAP_IDX_VALUE
#define BPF_PSEUDO_MAP_IDX_VALUE	6
#endif
#ifndef BPF_PSEUDO_KFUNC_CALL
#define BPF_PSEUDO_KFUNC_CALL	2
#endif

#define DT_DISASM_BUFSZ	256

/*
 * Helper names by BPF_FUNC_* id, in the order of __BPF_FUNC_MAPPER in
 * linux/bpf.h (without the "bpf_" prefix, which is added when printing).
 */
static const char *const dt_helper_names[] = {
	[1] = "map_lookup_elem",
	[2] = "map_update_elem",
	[3] = "map_delete_elem",
	[4] = "probe_read",
	[5] = "ktime_get_ns",
	[6] = "trace_printk",
	[7] = "get_prandom_u32",
	[8] = "get_smp_processor_id",
	[9] = "skb_store_bytes",
	[10] = "l3_csum_replace",
	[11] = "l4_csum_replace",
	[12] = "tail_call",
	[13] = "clone_redirect",
	[14] = "get_current_pid_tgid",
	[15] = "get_current_uid_gid",
	[16] = "get_current_comm",
	[17] = "get_cgroup_classid",
	[18] = "skb_vlan_push",
	[19] = "skb_vlan_pop",
	[20] = "skb_get_tunnel_key",
	[21] = "skb_set_tunnel_key",
	[22] = "perf_event_read",
	[23] = "redirect",
	[24] = "get_route_realm",
	[25] = "perf_event_output",
	[26] = "skb_load_bytes",
	[27] = "get_stackid",
	[28] = "csum_diff",
	[29] = "skb_get_tunnel_opt",
	[30] = "skb_set_tunnel_opt",
	[31] = "skb_change_proto",
	[32] = "skb_change_type",
	[33] = "skb_under_cgroup",
	[34] = "get_hash_recalc",
	[35] = "get_current_task",
	[36] = "probe_write_user",
	[37] = "current_task_under_cgroup",
	[38] = "skb_change_tail",
	[39] = "skb_pull_data",
	[40] = "csum_update",
	[41] = "set_hash_invalid",
	[42] = "get_numa_node_id",
	[43] = "skb_change_head",
	[44] = "xdp_adjust_head",
	[45] = "probe_read_str",
	[46] = "get_socket_cookie",
	[47] = "get_socket_uid",
	[48] = "set_hash",
	[49] = "setsockopt",
	[50] = "skb_adjust_room",
	[51] = "redirect_map",
	[52] = "sk_redirect_map",
	[53] = "sock_map_update",
	[54] = "xdp_adjust_meta",
	[55] = "perf_event_read_value",
	[56] = "perf_prog_read_value",
	[57] = "getsockopt",
	[58] = "override_return",
	[59] = "sock_ops_cb_flags_set",
	[60] = "msg_redirect_map",
	[61] = "msg_apply_bytes",
	[62] = "msg_cork_bytes",
	[63] = "msg_pull_data",
	[64] = "bind",
	[65] = "xdp_adjust_tail",
	[66] = "skb_get_xfrm_state",
	[67] = "get_stack",
	[68] = "skb_load_bytes_relative",
	[69] = "fib_lookup",
	[70] = "sock_hash_update",
	[71] = "msg_redirect_hash",
	[72] = "sk_redirect_hash",
	[73] = "lwt_push_encap",
	[74] = "lwt_seg6_store_bytes",
	[75] = "lwt_seg6_adjust_srh",
	[76] = "lwt_seg6_action",
	[77] = "rc_repeat",
	[78] = "rc_keydown",
	[79] = "skb_cgroup_id",
	[80] = "get_current_cgroup_id",
	[81] = "get_local_storage",
	[82] = "sk_select_reuseport",
	[83] = "skb_ancestor_cgroup_id",
	[84] = "sk_lookup_tcp",
	[85] = "sk_lookup_udp",
	[86] = "sk_release",
	[87] = "map_push_elem",
	[88] = "map_pop_elem",
	[89] = "map_peek_elem",
	[90] = "msg_push_data",
	[91] = "msg_pop_data",
	[92] = "rc_pointer_rel",
	[93] = "spin_lock",
	[94] = "spin_unlock",
	[95] = "sk_fullsock",
	[96] = "tcp_sock",
	[97] = "skb_ecn_set_ce",
	[98] = "get_listener_sock",
	[99] = "skc_lookup_tcp",
	[100] = "tcp_check_syncookie",
	[101] = "sysctl_get_name",
	[102] = "sysctl_get_current_value",
	[103] = "sysctl_get_new_value",
	[104] = "sysctl_set_new_value",
	[105] = "strtol",
	[106] = "strtoul",
	[107] = "sk_storage_get",
	[108] = "sk_storage_delete",
	[109] = "send_signal",
	[110] = "tcp_gen_syncookie",
	[111] = "skb_output",
	[112] = "probe_read_user",
	[113] = "probe_read_kernel",
	[114] = "probe_read_user_str",
	[115] = "probe_read_kernel_str",
	[116] = "tcp_send_ack",
	[117] = "send_signal_thread",
	[118] = "jiffies64",
	[119] = "read_branch_records",
	[120] = "get_ns_current_pid_tgid",
	[121] = "xdp_output",
	[122] = "get_netns_cookie",
	[123] = "get_current_ancestor_cgroup_id",
	[124] = "sk_assign",
	[125] = "ktime_get_boot_ns",
	[126] = "seq_printf",
	[127] = "seq_write",
	[128] = "sk_cgroup_id",
	[129] = "sk_ancestor_cgroup_id",
	[130] = "ringbuf_output",
	[131] = "ringbuf_reserve",
	[132] = "ringbuf_submit",
	[133] = "ringbuf_discard",
	[134] = "ringbuf_query",
	[135] = "csum_level",
	[136] = "skc_to_tcp6_sock",
	[137] = "skc_to_tcp_sock",
	[138] = "skc_to_tcp_timewait_sock",
	[139] = "skc_to_tcp_request_sock",
	[140] = "skc_to_udp6_sock",
	[141] = "get_task_stack",
	[142] = "load_hdr_opt",
	[143] = "store_hdr_opt",
	[144] = "reserve_hdr_opt",
	[145] = "inode_storage_get",
	[146] = "inode_storage_delete",
	[147] = "d_path",
	[148] = "copy_from_user",
	[149] = "snprintf_btf",
	[150] = "seq_printf_btf",
	[151] = "skb_cgroup_classid",
	[152] = "redirect_neigh",
	[153] = "per_cpu_ptr",
	[154] = "this_cpu_ptr",
	[155] = "redirect_peer",
	[156] = "task_storage_get",
	[157] = "task_storage_delete",
	[158] = "get_current_task_btf",
	[159] = "bprm_opts_set",
	[160] = "ktime_get_coarse_ns",
	[161] = "ima_inode_hash",
	[162] = "sock_from_file",
	[163] = "check_mtu",
	[164] = "for_each_map_elem",
	[165] = "snprintf",
	[166] = "sys_bpf",
	[167] = "btf_find_by_name_kind",
	[168] = "sys_close",
	[169] = "timer_init",
	[170] = "timer_set_callback",
	[171] = "timer_start",
	[172] = "timer_cancel",
	[173] = "get_func_ip",
	[174] = "get_attach_cookie",
	[175] = "task_pt_regs",
	[176] = "get_branch_snapshot",
	[177] = "trace_vprintk",
	[178] = "skc_to_unix_sock",
	[179] = "kallsyms_lookup_name",
	[180] = "find_vma",
	[181] = "loop",
	[182] = "strncmp",
	[183] = "get_func_arg",
	[184] = "get_func_ret",
	[185] = "get_func_arg_cnt",
	[186] = "get_retval",
	[187] = "set_retval",
	[188] = "xdp_get_buff_len",
	[189] = "xdp_load_bytes",
	[190] = "xdp_store_bytes",
	[191] = "copy_from_user_task",
	[192] = "skb_set_tstamp",
	[193] = "ima_file_hash",
	[194] = "kptr_xchg",
	[195] = "map_lookup_percpu_elem",
	[196] = "skc_to_mptcp_sock",
	[197] = "dynptr_from_mem",
	[198] = "ringbuf_reserve_dynptr",
	[199] = "ringbuf_submit_dynptr",
	[200] = "ringbuf_discard_dynptr",
	[201] = "dynptr_read",
	[202] = "dynptr_write",
	[203] = "dynptr_data",
	[204] = "tcp_raw_gen_syncookie_ipv4",
	[205] = "tcp_raw_gen_syncookie_ipv6",
	[206] = "tcp_raw_check_syncookie_ipv4",
	[207] = "tcp_raw_check_syncookie_ipv6",
	[208] = "ktime_get_tai_ns",
	[209] = "user_ringbuf_drain",
	[210] = "cgrp_storage_get",
	[211] = "cgrp_storage_delete",
};

#define DT_NHELPERS	(sizeof(dt_helper_names) / sizeof(dt_helper_names[0]))

/* Where a branch is: known (with its absolute index) in dt_disasm() only. */
typedef struct dt_dis_ctx {
	bool has_idx;
	size_t idx;
} dt_dis_ctx_t;

/* Bounded output: whatever does not fit in the buffer is dropped. */
typedef struct dt_dis_out {
	char *buf;
	size_t len;
	size_t pos;
} dt_dis_out_t;

static void __attribute__((format(printf, 2, 3)))
dis_printf(dt_dis_out_t *o, const char *fmt, ...)
{
	size_t room;
	va_list ap;
	int r;

	if (o->buf == NULL || o->len == 0 || o->pos + 1 >= o->len)
		return;

	room = o->len - o->pos;
	va_start(ap, fmt);
	r = vsnprintf(o->buf + o->pos, room, fmt, ap);
	va_end(ap);

	if (r < 0)
		o->buf[o->pos] = '\0';
	else if ((size_t)r >= room)
		o->pos = o->len - 1;
	else
		o->pos += (size_t)r;
}

static int
dis_invalid(dt_dis_out_t *o, const struct bpf_insn *in)
{
	dis_printf(o, "(%02x) invalid", in->code);
	return 1;
}

/*
 * Absolute index of a branch target, when the branch's own index is known.
 * A (broken) target before index 0 prints as negative.
 */
static void
dis_target(dt_dis_out_t *o, const dt_dis_ctx_t *c, int64_t rel)
{
	uint64_t base;

	if (!c->has_idx)
		return;

	base = (uint64_t)c->idx + 1;
	if (rel < 0 && (uint64_t)-rel > base)
		dis_printf(o, " <-%" PRIu64 ">", (uint64_t)-rel - base);
	else
		dis_printf(o, " <%" PRIu64 ">", base + (uint64_t)rel);
}

/* A 32-bit immediate in hex, with its sign: 0x5, -0x1. */
static void
dis_hex(dt_dis_out_t *o, int32_t imm)
{
	if (imm < 0)
		dis_printf(o, "-0x%" PRIx32, (uint32_t)0 - (uint32_t)imm);
	else
		dis_printf(o, "0x%" PRIx32, (uint32_t)imm);
}

static const char *
dis_size(uint8_t code, bool sign)
{
	switch (BPF_SIZE(code)) {
	case BPF_B:
		return sign ? "s8" : "u8";
	case BPF_H:
		return sign ? "s16" : "u16";
	case BPF_W:
		return sign ? "s32" : "u32";
	default:
		return sign ? "s64" : "u64";
	}
}

/* BPF_ALU and BPF_ALU64. */
static int
dis_alu(dt_dis_out_t *o, const struct bpf_insn *in, bool is64)
{
	uint8_t op = BPF_OP(in->code);
	bool x = BPF_SRC(in->code) == BPF_X;
	char r = is64 ? 'r' : 'w';
	const char *opstr;

	switch (op) {
	case BPF_ADD:
		opstr = "+=";
		break;
	case BPF_SUB:
		opstr = "-=";
		break;
	case BPF_MUL:
		opstr = "*=";
		break;
	case BPF_OR:
		opstr = "|=";
		break;
	case BPF_AND:
		opstr = "&=";
		break;
	case BPF_LSH:
		opstr = "<<=";
		break;
	case BPF_RSH:
		opstr = ">>=";
		break;
	case BPF_XOR:
		opstr = "^=";
		break;
	case BPF_ARSH:
		opstr = "s>>=";
		break;
	case BPF_DIV:
	case BPF_MOD:
		/* off == 1 selects the signed variant (ISA v4). */
		if (in->off != 0 && in->off != 1)
			return dis_invalid(o, in);
		if (op == BPF_DIV)
			opstr = in->off ? "s/=" : "/=";
		else
			opstr = in->off ? "s%=" : "%=";
		break;
	case BPF_NEG:
		if (x || in->off != 0)
			return dis_invalid(o, in);
		dis_printf(o, "%c%u = -%c%u", r, in->dst_reg, r, in->dst_reg);
		return 1;
	case BPF_MOV:
		if (!x) {
			if (in->off != 0)
				return dis_invalid(o, in);
			dis_printf(o, "%c%u = %" PRId32, r, in->dst_reg, in->imm);
		} else if (in->off == 0) {
			dis_printf(o, "%c%u = %c%u", r, in->dst_reg, r, in->src_reg);
		} else if (in->off == 8 || in->off == 16 ||
			   (in->off == 32 && is64)) {
			/* Sign-extending move (ISA v4). */
			dis_printf(o, "%c%u = (s%d)%c%u", r, in->dst_reg,
				   in->off, r, in->src_reg);
		} else
			return dis_invalid(o, in);
		return 1;
	case BPF_END:
		if (in->off != 0 ||
		    (in->imm != 16 && in->imm != 32 && in->imm != 64))
			return dis_invalid(o, in);
		if (is64) {
			/* Unconditional byte swap (ISA v4). */
			if (x)
				return dis_invalid(o, in);
			dis_printf(o, "r%u = bswap%" PRId32 " r%u",
				   in->dst_reg, in->imm, in->dst_reg);
		} else
			dis_printf(o, "r%u = %s%" PRId32 " r%u", in->dst_reg,
				   x ? "be" : "le", in->imm, in->dst_reg);
		return 1;
	default:
		return dis_invalid(o, in);
	}

	if (in->off != 0 && op != BPF_DIV && op != BPF_MOD)
		return dis_invalid(o, in);

	if (x)
		dis_printf(o, "%c%u %s %c%u", r, in->dst_reg, opstr,
			   r, in->src_reg);
	else
		dis_printf(o, "%c%u %s %" PRId32, r, in->dst_reg, opstr,
			   in->imm);
	return 1;
}

/* BPF_LD | BPF_IMM | BPF_DW: two slots. */
static int
dis_ld_imm64(dt_dis_out_t *o, const dt_dis_ctx_t *c,
	     const struct bpf_insn *in, size_t n)
{
	uint64_t val;

	if (n < 2 || in[1].code != 0 || in[1].dst_reg != 0 ||
	    in[1].src_reg != 0 || in[1].off != 0)
		return dis_invalid(o, in);

	val = (uint64_t)(uint32_t)in[0].imm |
	      ((uint64_t)(uint32_t)in[1].imm << 32);

	switch (in->src_reg) {
	case 0:
		dis_printf(o, "r%u = 0x%" PRIx64, in->dst_reg, val);
		break;
	case BPF_PSEUDO_MAP_FD:
		dis_printf(o, "r%u = map[fd:%" PRId32 "]", in->dst_reg,
			   in[0].imm);
		break;
	case BPF_PSEUDO_MAP_VALUE:
		dis_printf(o, "r%u = map[fd:%" PRId32 "]+%" PRIu32,
			   in->dst_reg, in[0].imm, (uint32_t)in[1].imm);
		break;
	case BPF_PSEUDO_MAP_IDX:
		dis_printf(o, "r%u = map[idx:%" PRId32 "]", in->dst_reg,
			   in[0].imm);
		break;
	case BPF_PSEUDO_MAP_IDX_VALUE:
		dis_printf(o, "r%u = map[idx:%" PRId32 "]+%" PRIu32,
			   in->dst_reg, in[0].imm, (uint32_t)in[1].imm);
		break;
	case BPF_PSEUDO_BTF_ID:
		dis_printf(o, "r%u = btf_id:%" PRId32, in->dst_reg, in[0].imm);
		break;
	case BPF_PSEUDO_FUNC:
		dis_printf(o, "r%u = func pc%+" PRId32, in->dst_reg, in[0].imm);
		dis_target(o, c, in[0].imm);
		break;
	default:
		dis_invalid(o, in);
		break;
	}

	return 2;
}

/* BPF_LD: ld_imm64 and the legacy packet loads. */
static int
dis_ld(dt_dis_out_t *o, const dt_dis_ctx_t *c, const struct bpf_insn *in,
       size_t n)
{
	if (in->code == (BPF_LD | BPF_IMM | BPF_DW))
		return dis_ld_imm64(o, c, in, n);

	if (BPF_SIZE(in->code) == BPF_DW)
		return dis_invalid(o, in);

	switch (BPF_MODE(in->code)) {
	case BPF_ABS:
		dis_printf(o, "r0 = *(%s *)skb[%" PRId32 "]",
			   dis_size(in->code, false), in->imm);
		return 1;
	case BPF_IND:
		dis_printf(o, "r0 = *(%s *)skb[r%u %+" PRId32 "]",
			   dis_size(in->code, false), in->src_reg, in->imm);
		return 1;
	default:
		return dis_invalid(o, in);
	}
}

static int
dis_ldx(dt_dis_out_t *o, const struct bpf_insn *in)
{
	bool sx;

	switch (BPF_MODE(in->code)) {
	case BPF_MEM:
		sx = false;
		break;
	case BPF_MEMSX:
		if (BPF_SIZE(in->code) == BPF_DW)
			return dis_invalid(o, in);
		sx = true;
		break;
	default:
		return dis_invalid(o, in);
	}

	dis_printf(o, "r%u = *(%s *)(r%u %+d)", in->dst_reg,
		   dis_size(in->code, sx), in->src_reg, in->off);
	return 1;
}

static int
dis_st(dt_dis_out_t *o, const struct bpf_insn *in)
{
	if (BPF_MODE(in->code) != BPF_MEM)
		return dis_invalid(o, in);

	dis_printf(o, "*(%s *)(r%u %+d) = %" PRId32, dis_size(in->code, false),
		   in->dst_reg, in->off, in->imm);
	return 1;
}

static int
dis_atomic(dt_dis_out_t *o, const struct bpf_insn *in)
{
	const char *sz = dis_size(in->code, false);
	bool is64 = BPF_SIZE(in->code) == BPF_DW;
	const char *bits = is64 ? "64" : "";
	const char *opstr, *name;

	/* Load-acquire and store-release exist in all four sizes. */
	if (in->imm == BPF_LOAD_ACQ) {
		dis_printf(o, "%c%u = load_acquire((%s *)(r%u %+d))",
			   is64 ? 'r' : 'w', in->dst_reg, sz, in->src_reg,
			   in->off);
		return 1;
	}
	if (in->imm == BPF_STORE_REL) {
		dis_printf(o, "store_release((%s *)(r%u %+d), %c%u)", sz,
			   in->dst_reg, in->off, is64 ? 'r' : 'w',
			   in->src_reg);
		return 1;
	}

	if (BPF_SIZE(in->code) != BPF_W && !is64)
		return dis_invalid(o, in);

	switch (in->imm & ~BPF_FETCH) {
	case BPF_ADD:
		opstr = "+=";
		name = "add";
		break;
	case BPF_OR:
		opstr = "|=";
		name = "or";
		break;
	case BPF_AND:
		opstr = "&=";
		name = "and";
		break;
	case BPF_XOR:
		opstr = "^=";
		name = "xor";
		break;
	default:
		if (in->imm == BPF_XCHG) {
			dis_printf(o, "r%u = atomic%s_xchg((%s *)(r%u %+d), r%u)",
				   in->src_reg, bits, sz, in->dst_reg,
				   in->off, in->src_reg);
			return 1;
		}
		if (in->imm == BPF_CMPXCHG) {
			dis_printf(o, "r0 = atomic%s_cmpxchg((%s *)(r%u %+d), "
				   "r0, r%u)", bits, sz, in->dst_reg,
				   in->off, in->src_reg);
			return 1;
		}
		return dis_invalid(o, in);
	}

	if (in->imm & BPF_FETCH)
		dis_printf(o, "r%u = atomic%s_fetch_%s((%s *)(r%u %+d), r%u)",
			   in->src_reg, bits, name, sz, in->dst_reg, in->off,
			   in->src_reg);
	else
		dis_printf(o, "lock *(%s *)(r%u %+d) %s r%u", sz, in->dst_reg,
			   in->off, opstr, in->src_reg);
	return 1;
}

static int
dis_stx(dt_dis_out_t *o, const struct bpf_insn *in)
{
	switch (BPF_MODE(in->code)) {
	case BPF_MEM:
		dis_printf(o, "*(%s *)(r%u %+d) = r%u",
			   dis_size(in->code, false), in->dst_reg, in->off,
			   in->src_reg);
		return 1;
	case BPF_ATOMIC:
		return dis_atomic(o, in);
	default:
		return dis_invalid(o, in);
	}
}

static int
dis_call(dt_dis_out_t *o, const dt_dis_ctx_t *c, const struct bpf_insn *in)
{
	if (BPF_SRC(in->code) == BPF_X) {
		dis_printf(o, "callx r%u", in->dst_reg);
		return 1;
	}

	switch (in->src_reg) {
	case 0:
		if (in->imm > 0 && (size_t)in->imm < DT_NHELPERS &&
		    dt_helper_names[in->imm] != NULL)
			dis_printf(o, "call bpf_%s#%" PRId32,
				   dt_helper_names[in->imm], in->imm);
		else
			dis_printf(o, "call unknown#%" PRId32, in->imm);
		return 1;
	case BPF_PSEUDO_CALL:
		dis_printf(o, "call pc%+" PRId32, in->imm);
		dis_target(o, c, in->imm);
		return 1;
	case BPF_PSEUDO_KFUNC_CALL:
		dis_printf(o, "call kfunc#%" PRId32, in->imm);
		return 1;
	default:
		return dis_invalid(o, in);
	}
}

/* BPF_JMP and BPF_JMP32. */
static int
dis_jmp(dt_dis_out_t *o, const dt_dis_ctx_t *c, const struct bpf_insn *in,
	bool is32)
{
	uint8_t op = BPF_OP(in->code);
	bool x = BPF_SRC(in->code) == BPF_X;
	char r = is32 ? 'w' : 'r';
	const char *cmp;

	switch (op) {
	case BPF_JA:
		if (x)
			return dis_invalid(o, in);
		if (is32) {
			/* gotol: the offset is in imm (ISA v4). */
			dis_printf(o, "gotol pc%+" PRId32, in->imm);
			dis_target(o, c, in->imm);
		} else {
			dis_printf(o, "goto pc%+d", in->off);
			dis_target(o, c, in->off);
		}
		return 1;
	case BPF_CALL:
		if (is32)
			return dis_invalid(o, in);
		return dis_call(o, c, in);
	case BPF_EXIT:
		if (is32 || x)
			return dis_invalid(o, in);
		dis_printf(o, "exit");
		return 1;
	case BPF_JCOND:
		if (is32 || x || in->src_reg != 0)
			return dis_invalid(o, in);
		dis_printf(o, "may_goto pc%+d", in->off);
		dis_target(o, c, in->off);
		return 1;
	case BPF_JEQ:
		cmp = "==";
		break;
	case BPF_JNE:
		cmp = "!=";
		break;
	case BPF_JGT:
		cmp = ">";
		break;
	case BPF_JGE:
		cmp = ">=";
		break;
	case BPF_JLT:
		cmp = "<";
		break;
	case BPF_JLE:
		cmp = "<=";
		break;
	case BPF_JSGT:
		cmp = "s>";
		break;
	case BPF_JSGE:
		cmp = "s>=";
		break;
	case BPF_JSLT:
		cmp = "s<";
		break;
	case BPF_JSLE:
		cmp = "s<=";
		break;
	case BPF_JSET:
		cmp = "&";
		break;
	default:
		return dis_invalid(o, in);
	}

	dis_printf(o, "if %c%u %s ", r, in->dst_reg, cmp);
	if (x)
		dis_printf(o, "%c%u", r, in->src_reg);
	else
		dis_hex(o, in->imm);
	dis_printf(o, " goto pc%+d", in->off);
	dis_target(o, c, in->off);
	return 1;
}

static int
dis_one(char *buf, size_t len, const struct bpf_insn *insns, size_t n,
	const dt_dis_ctx_t *c)
{
	dt_dis_out_t o = { buf, len, 0 };

	if (buf != NULL && len > 0)
		buf[0] = '\0';
	if (insns == NULL || n == 0)
		return 0;

	switch (BPF_CLASS(insns->code)) {
	case BPF_LD:
		return dis_ld(&o, c, insns, n);
	case BPF_LDX:
		return dis_ldx(&o, insns);
	case BPF_ST:
		return dis_st(&o, insns);
	case BPF_STX:
		return dis_stx(&o, insns);
	case BPF_ALU:
		return dis_alu(&o, insns, false);
	case BPF_ALU64:
		return dis_alu(&o, insns, true);
	case BPF_JMP:
		return dis_jmp(&o, c, insns, false);
	case BPF_JMP32:
		return dis_jmp(&o, c, insns, true);
	default:
		return dis_invalid(&o, insns);
	}
}

int
dt_disasm_insn(char *buf, size_t len, const struct bpf_insn *insns, size_t n)
{
	dt_dis_ctx_t c = { false, 0 };

	return dis_one(buf, len, insns, n, &c);
}

void
dt_disasm(FILE *fp, const struct bpf_insn *insns, size_t n, size_t first,
	  int indent)
{
	dt_disasm_range(fp, insns, n, 0, n, first, indent);
}

/*
 * Instructions from..to of a program of n, numbered from first, with the
 * numbers as wide as the program's last one (so that a program printed in
 * pieces lines up).  Instructions that straddle 'to' are printed whole.
 */
size_t
dt_disasm_range(FILE *fp, const struct bpf_insn *insns, size_t n, size_t from, size_t to,
		size_t first, int indent)
{
	char buf[DT_DISASM_BUFSZ];
	size_t i, last;
	int width = 1;

	if (fp == NULL || insns == NULL || n == 0)
		return to;
	if (indent < 0)
		indent = 0;
	if (to > n)
		to = n;

	/* Right-align the indices on the widest one. */
	for (last = first + n - 1; last >= 10; last /= 10)
		width++;

	for (i = from; i < to;) {
		dt_dis_ctx_t c = { true, first + i };
		int used = dis_one(buf, sizeof(buf), insns + i, n - i, &c);

		fprintf(fp, "%*s%*zu: %s\n", indent, "", width, first + i, buf);
		i += used > 0 ? (size_t)used : 1;
	}
	return i;
}
