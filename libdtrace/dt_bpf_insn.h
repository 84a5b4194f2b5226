/*
 * dt_bpf_insn.h -- constructors for BPF instructions, used by the code
 * generator, the linker and the providers' prologues.
 */
#ifndef DT_BPF_INSN_H
#define DT_BPF_INSN_H

#include <linux/bpf.h>

#define DT_INSN(c, d, s, o, i) ((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), .off = (o), .imm = (i) })

#define ALU64_REG(op, d, s)   DT_INSN(BPF_ALU64 | (op) | BPF_X, d, s, 0, 0)
#define ALU64_IMM(op, d, i)   DT_INSN(BPF_ALU64 | (op) | BPF_K, d, 0, 0, i)
#define ALU32_REG(op, d, s)   DT_INSN(BPF_ALU | (op) | BPF_X, d, s, 0, 0)
#define ALU32_IMM(op, d, i)   DT_INSN(BPF_ALU | (op) | BPF_K, d, 0, 0, i)
/* signed division and modulo (BPF ISA v4: off = 1) */
#define SDIV64_REG(d, s)      DT_INSN(BPF_ALU64 | BPF_DIV | BPF_X, d, s, 1, 0)
#define SMOD64_REG(d, s)      DT_INSN(BPF_ALU64 | BPF_MOD | BPF_X, d, s, 1, 0)
#define SDIV64_IMM(d, imm)    DT_INSN(BPF_ALU64 | BPF_DIV | BPF_K, d, 0, 1, imm)
#define MOV64_REG(d, s)       ALU64_REG(BPF_MOV, d, s)
#define MOV64_IMM(d, i)       ALU64_IMM(BPF_MOV, d, i)
#define MOV32_REG(d, s)       ALU32_REG(BPF_MOV, d, s)
#define NEG64(d)              DT_INSN(BPF_ALU64 | BPF_NEG, d, 0, 0, 0)

#define LDX_MEM(sz, d, s, o)  DT_INSN(BPF_LDX | (sz) | BPF_MEM, d, s, o, 0)
#define STX_MEM(sz, d, s, o)  DT_INSN(BPF_STX | (sz) | BPF_MEM, d, s, o, 0)
#define ST_MEM(sz, d, o, i)   DT_INSN(BPF_ST | (sz) | BPF_MEM, d, 0, o, i)
#define ATOMIC_ADD64(d, s, o) DT_INSN(BPF_STX | BPF_DW | BPF_ATOMIC, d, s, o, BPF_ADD)

#define JMP_REG(op, d, s, o)  DT_INSN(BPF_JMP | (op) | BPF_X, d, s, o, 0)
#define JMP_IMM(op, d, i, o)  DT_INSN(BPF_JMP | (op) | BPF_K, d, 0, o, i)
#define JA(o)                 DT_INSN(BPF_JMP | BPF_JA, 0, 0, o, 0)
#define CALL_HELPER(id)       DT_INSN(BPF_JMP | BPF_CALL, 0, 0, 0, id)
#define EXIT_INSN()           DT_INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

/* 64-bit immediates take two slots. */
#define LD_IMM64_LO(d, s, v)  DT_INSN(BPF_LD | BPF_DW | BPF_IMM, d, s, 0, (int32_t)(uint32_t)(v))
#define LD_IMM64_HI(v)        DT_INSN(0, 0, 0, 0, (int32_t)(uint32_t)((uint64_t)(v) >> 32))

/*
 * Map references are emitted with the map's role (DT_MAP_*) in imm and
 * patched with the real fd by the linker.
 */
enum dt_map_role {
	DT_MAP_GLOBAL,  /* array[1]: exiting flag + global variables */
	DT_MAP_BUF,     /* percpu array[1]: record under construction + string temps */
	DT_MAP_RB,      /* ring buffer of records */
	DT_MAP_DROPS,   /* percpu array[1]: records lost on a full ring buffer */
	DT_MAP_STRTAB,  /* array[1], read-only: string constants */
	DT_MAP_GUARD,   /* array[1], read-only: clause enable bitmaps */
	DT_MAP_PDESC,   /* array[prid]: probe description strings */
	DT_MAP_TLS,     /* task storage: each thread's self-> variables */
	DT_MAP_ZERO,    /* array[1], read-only: zeros (unset elements, key padding) */
	DT_MAP_SPEC,    /* array[1], mmapped: a state word per speculation id (dt_spec.c) */
	DT_MAP_SPECBYTES, /* percpu array[nspec + 1]: each speculation's bytes on this CPU */
	DT_MAP_DEFER,   /* task storage: a thread's copyinstr() retry (dt_impl.h) */
	DT_MAP_SCRATCH, /* percpu array[1]: alloca()/copyin() scratch memory */
	DT_MAP_NROLES
};
#define DT_MAP_ASSOC 64   /* + n: the hash map of associative array n */
#define DT_MAP_AGG 4096   /* + n: the per-CPU hash map of aggregation n */

#endif
