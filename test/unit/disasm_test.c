/*
 * disasm_test.c -- unit test of the BPF disassembler (dt_disasm.c).
 *
 * Assembles instructions with the definitions of linux/bpf.h and checks the
 * exact text produced for each instruction class.  Exits non-zero on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/bpf.h>

#include "dt_disasm.h"

/* Encodings that may be missing from older installed headers. */
#ifndef BPF_MEMSX
#define BPF_MEMSX	0x80
#endif
#ifndef BPF_JCOND
#define BPF_JCOND	0xe0
#endif
#ifndef BPF_LOAD_ACQ
#define BPF_LOAD_ACQ	0x100
#endif
#ifndef BPF_STORE_REL
#define BPF_STORE_REL	0x110
#endif

static int passed, failed;

static struct bpf_insn
I(int code, int dst, int src, int off, int imm)
{
	struct bpf_insn in;

	memset(&in, 0, sizeof(in));
	in.code = (__u8)code;
	in.dst_reg = (__u8)dst;
	in.src_reg = (__u8)src;
	in.off = (__s16)off;
	in.imm = imm;
	return in;
}

static void
result(int ok, int line, const char *what, const char *got, const char *want)
{
	if (ok) {
		passed++;
		return;
	}
	failed++;
	fprintf(stderr, "line %d: %s\n  got:  \"%s\"\n  want: \"%s\"\n",
		line, what, got, want);
}

/* Disassemble insns[0..n) with dt_disasm_insn(); expect 'slots' and 'want'. */
static void
check_n(int line, const struct bpf_insn *insns, size_t n, int slots,
	const char *want)
{
	char buf[256];
	int got;

	memset(buf, 'X', sizeof(buf));
	got = dt_disasm_insn(buf, sizeof(buf), insns, n);
	if (got != slots) {
		char w[32], g[32];

		snprintf(w, sizeof(w), "%d", slots);
		snprintf(g, sizeof(g), "%d", got);
		result(0, line, "slot count", g, w);
		return;
	}
	result(strcmp(buf, want) == 0, line, "text", buf, want);
}

#define CHECK(in, want) do {						\
	struct bpf_insn _i[1] = { in };					\
	check_n(__LINE__, _i, 1, 1, want);				\
} while (0)

#define CHECK2(in0, in1, want) do {					\
	struct bpf_insn _i[2] = { in0, in1 };				\
	check_n(__LINE__, _i, 2, 2, want);				\
} while (0)

static void
test_alu(void)
{
	/* ALU64, register source. */
	CHECK(I(BPF_ALU64 | BPF_ADD | BPF_X, 1, 2, 0, 0), "r1 += r2");
	CHECK(I(BPF_ALU64 | BPF_SUB | BPF_X, 1, 2, 0, 0), "r1 -= r2");
	CHECK(I(BPF_ALU64 | BPF_MUL | BPF_X, 1, 2, 0, 0), "r1 *= r2");
	CHECK(I(BPF_ALU64 | BPF_DIV | BPF_X, 1, 2, 0, 0), "r1 /= r2");
	CHECK(I(BPF_ALU64 | BPF_OR | BPF_X, 1, 2, 0, 0), "r1 |= r2");
	CHECK(I(BPF_ALU64 | BPF_AND | BPF_X, 1, 2, 0, 0), "r1 &= r2");
	CHECK(I(BPF_ALU64 | BPF_LSH | BPF_X, 1, 2, 0, 0), "r1 <<= r2");
	CHECK(I(BPF_ALU64 | BPF_RSH | BPF_X, 1, 2, 0, 0), "r1 >>= r2");
	CHECK(I(BPF_ALU64 | BPF_MOD | BPF_X, 1, 2, 0, 0), "r1 %= r2");
	CHECK(I(BPF_ALU64 | BPF_XOR | BPF_X, 1, 2, 0, 0), "r1 ^= r2");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 10, 0, 0), "r1 = r10");
	CHECK(I(BPF_ALU64 | BPF_ARSH | BPF_X, 1, 2, 0, 0), "r1 s>>= r2");

	/* ALU64, immediate source. */
	CHECK(I(BPF_ALU64 | BPF_ADD | BPF_K, 10, 0, 0, -8), "r10 += -8");
	CHECK(I(BPF_ALU64 | BPF_SUB | BPF_K, 1, 0, 0, 3), "r1 -= 3");
	CHECK(I(BPF_ALU64 | BPF_MUL | BPF_K, 1, 0, 0, 3), "r1 *= 3");
	CHECK(I(BPF_ALU64 | BPF_DIV | BPF_K, 1, 0, 0, 3), "r1 /= 3");
	CHECK(I(BPF_ALU64 | BPF_OR | BPF_K, 1, 0, 0, 3), "r1 |= 3");
	CHECK(I(BPF_ALU64 | BPF_AND | BPF_K, 1, 0, 0, 255), "r1 &= 255");
	CHECK(I(BPF_ALU64 | BPF_LSH | BPF_K, 1, 0, 0, 32), "r1 <<= 32");
	CHECK(I(BPF_ALU64 | BPF_RSH | BPF_K, 1, 0, 0, 32), "r1 >>= 32");
	CHECK(I(BPF_ALU64 | BPF_MOD | BPF_K, 1, 0, 0, 7), "r1 %= 7");
	CHECK(I(BPF_ALU64 | BPF_XOR | BPF_K, 1, 0, 0, -1), "r1 ^= -1");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0), "r0 = 0");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, -2), "r0 = -2");
	CHECK(I(BPF_ALU64 | BPF_ARSH | BPF_K, 1, 0, 0, 63), "r1 s>>= 63");
	CHECK(I(BPF_ALU64 | BPF_NEG | BPF_K, 3, 0, 0, 0), "r3 = -r3");

	/* ALU (32-bit). */
	CHECK(I(BPF_ALU | BPF_ADD | BPF_X, 1, 2, 0, 0), "w1 += w2");
	CHECK(I(BPF_ALU | BPF_SUB | BPF_K, 1, 0, 0, 1), "w1 -= 1");
	CHECK(I(BPF_ALU | BPF_MOV | BPF_X, 4, 5, 0, 0), "w4 = w5");
	CHECK(I(BPF_ALU | BPF_MOV | BPF_K, 4, 0, 0, 5), "w4 = 5");
	CHECK(I(BPF_ALU | BPF_ARSH | BPF_K, 4, 0, 0, 5), "w4 s>>= 5");
	CHECK(I(BPF_ALU | BPF_NEG | BPF_K, 4, 0, 0, 0), "w4 = -w4");
	CHECK(I(BPF_ALU | BPF_XOR | BPF_X, 4, 6, 0, 0), "w4 ^= w6");

	/* Signed division and modulo, sign-extending moves (ISA v4). */
	CHECK(I(BPF_ALU64 | BPF_DIV | BPF_X, 1, 2, 1, 0), "r1 s/= r2");
	CHECK(I(BPF_ALU64 | BPF_MOD | BPF_K, 1, 0, 1, -3), "r1 s%= -3");
	CHECK(I(BPF_ALU | BPF_DIV | BPF_K, 1, 0, 1, 3), "w1 s/= 3");
	CHECK(I(BPF_ALU | BPF_MOD | BPF_X, 1, 2, 1, 0), "w1 s%= w2");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 8, 0), "r1 = (s8)r2");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 16, 0), "r1 = (s16)r2");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 32, 0), "r1 = (s32)r2");
	CHECK(I(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 8, 0), "w1 = (s8)w2");
	CHECK(I(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 16, 0), "w1 = (s16)w2");

	/* Endianness conversions and byte swaps. */
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_LE, 1, 0, 0, 16), "r1 = le16 r1");
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_LE, 1, 0, 0, 32), "r1 = le32 r1");
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_LE, 1, 0, 0, 64), "r1 = le64 r1");
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_BE, 2, 0, 0, 16), "r2 = be16 r2");
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_BE, 2, 0, 0, 32), "r2 = be32 r2");
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_BE, 2, 0, 0, 64), "r2 = be64 r2");
	CHECK(I(BPF_ALU64 | BPF_END | BPF_K, 3, 0, 0, 16), "r3 = bswap16 r3");
	CHECK(I(BPF_ALU64 | BPF_END | BPF_K, 3, 0, 0, 32), "r3 = bswap32 r3");
	CHECK(I(BPF_ALU64 | BPF_END | BPF_K, 3, 0, 0, 64), "r3 = bswap64 r3");

	/* Malformed ALU encodings. */
	CHECK(I(BPF_ALU | BPF_END | BPF_TO_BE, 2, 0, 0, 8), "(dc) invalid");
	CHECK(I(BPF_ALU64 | BPF_END | BPF_X, 2, 0, 0, 16), "(df) invalid");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 4, 0), "(bf) invalid");
	CHECK(I(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 32, 0), "(bc) invalid");
	CHECK(I(BPF_ALU64 | BPF_MOV | BPF_K, 1, 0, 8, 0), "(b7) invalid");
	CHECK(I(BPF_ALU64 | BPF_DIV | BPF_X, 1, 2, 2, 0), "(3f) invalid");
	CHECK(I(BPF_ALU64 | BPF_ADD | BPF_X, 1, 2, 1, 0), "(0f) invalid");
	CHECK(I(BPF_ALU64 | BPF_NEG | BPF_X, 1, 2, 0, 0), "(8f) invalid");
	CHECK(I(BPF_ALU64 | 0xe0 | BPF_X, 1, 2, 0, 0), "(ef) invalid");
	CHECK(I(0xff, 1, 2, 0, 0), "(ff) invalid");
}

static void
test_ld(void)
{
	struct bpf_insn trunc[1] = {
		I(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 1),
	};
	struct bpf_insn bad[2] = {
		I(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 1),
		I(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0),
	};

	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 0x55667788),
	       I(0, 0, 0, 0, 0x11223344), "r1 = 0x1122334455667788");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 2, 0, 0, -1),
	       I(0, 0, 0, 0, -1), "r2 = 0xffffffffffffffff");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 3, 0, 0, 0),
	       I(0, 0, 0, 0, 0), "r3 = 0x0");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_MAP_FD, 0, 4),
	       I(0, 0, 0, 0, 0), "r1 = map[fd:4]");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_MAP_VALUE, 0, 5),
	       I(0, 0, 0, 0, 16), "r1 = map[fd:5]+16");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 6, BPF_PSEUDO_MAP_IDX, 0, 2),
	       I(0, 0, 0, 0, 0), "r6 = map[idx:2]");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 6, BPF_PSEUDO_MAP_IDX_VALUE, 0, 2),
	       I(0, 0, 0, 0, 8), "r6 = map[idx:2]+8");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_BTF_ID, 0, 77),
	       I(0, 0, 0, 0, 0), "r1 = btf_id:77");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 2, BPF_PSEUDO_FUNC, 0, 9),
	       I(0, 0, 0, 0, 0), "r2 = func pc+9");
	CHECK2(I(BPF_LD | BPF_IMM | BPF_DW, 2, 7, 0, 9),
	       I(0, 0, 0, 0, 0), "(18) invalid");

	/* Never read past n; a bad second slot is not consumed. */
	check_n(__LINE__, trunc, 1, 1, "(18) invalid");
	check_n(__LINE__, bad, 2, 1, "(18) invalid");

	/* Legacy packet loads. */
	CHECK(I(BPF_LD | BPF_ABS | BPF_B, 0, 0, 0, 12), "r0 = *(u8 *)skb[12]");
	CHECK(I(BPF_LD | BPF_ABS | BPF_H, 0, 0, 0, 12), "r0 = *(u16 *)skb[12]");
	CHECK(I(BPF_LD | BPF_ABS | BPF_W, 0, 0, 0, 12), "r0 = *(u32 *)skb[12]");
	CHECK(I(BPF_LD | BPF_IND | BPF_W, 0, 3, 0, 4),
	      "r0 = *(u32 *)skb[r3 +4]");
	CHECK(I(BPF_LD | BPF_IND | BPF_B, 0, 3, 0, -4),
	      "r0 = *(u8 *)skb[r3 -4]");
	CHECK(I(BPF_LD | BPF_ABS | BPF_DW, 0, 0, 0, 12), "(38) invalid");
	CHECK(I(BPF_LD | BPF_IMM | BPF_W, 0, 0, 0, 12), "(00) invalid");
	CHECK(I(BPF_LD | BPF_MEM | BPF_W, 0, 0, 0, 12), "(60) invalid");
}

static void
test_mem(void)
{
	/* Loads. */
	CHECK(I(BPF_LDX | BPF_MEM | BPF_DW, 1, 10, -8, 0),
	      "r1 = *(u64 *)(r10 -8)");
	CHECK(I(BPF_LDX | BPF_MEM | BPF_W, 2, 1, 0, 0),
	      "r2 = *(u32 *)(r1 +0)");
	CHECK(I(BPF_LDX | BPF_MEM | BPF_H, 3, 1, 6, 0),
	      "r3 = *(u16 *)(r1 +6)");
	CHECK(I(BPF_LDX | BPF_MEM | BPF_B, 4, 1, 32767, 0),
	      "r4 = *(u8 *)(r1 +32767)");
	CHECK(I(BPF_LDX | BPF_MEMSX | BPF_B, 4, 1, -1, 0),
	      "r4 = *(s8 *)(r1 -1)");
	CHECK(I(BPF_LDX | BPF_MEMSX | BPF_H, 4, 1, 2, 0),
	      "r4 = *(s16 *)(r1 +2)");
	CHECK(I(BPF_LDX | BPF_MEMSX | BPF_W, 4, 1, -32768, 0),
	      "r4 = *(s32 *)(r1 -32768)");
	CHECK(I(BPF_LDX | BPF_MEMSX | BPF_DW, 4, 1, 0, 0), "(99) invalid");
	CHECK(I(BPF_LDX | BPF_ABS | BPF_W, 4, 1, 0, 0), "(21) invalid");

	/* Stores of an immediate. */
	CHECK(I(BPF_ST | BPF_MEM | BPF_DW, 10, 0, -8, 0),
	      "*(u64 *)(r10 -8) = 0");
	CHECK(I(BPF_ST | BPF_MEM | BPF_W, 10, 0, -16, 7),
	      "*(u32 *)(r10 -16) = 7");
	CHECK(I(BPF_ST | BPF_MEM | BPF_H, 10, 0, -18, -7),
	      "*(u16 *)(r10 -18) = -7");
	CHECK(I(BPF_ST | BPF_MEM | BPF_B, 10, 0, -19, 255),
	      "*(u8 *)(r10 -19) = 255");
	CHECK(I(BPF_ST | BPF_ATOMIC | BPF_W, 10, 0, -19, 255), "(c2) invalid");

	/* Stores of a register. */
	CHECK(I(BPF_STX | BPF_MEM | BPF_DW, 10, 1, -8, 0),
	      "*(u64 *)(r10 -8) = r1");
	CHECK(I(BPF_STX | BPF_MEM | BPF_W, 10, 2, -16, 0),
	      "*(u32 *)(r10 -16) = r2");
	CHECK(I(BPF_STX | BPF_MEM | BPF_H, 10, 3, -18, 0),
	      "*(u16 *)(r10 -18) = r3");
	CHECK(I(BPF_STX | BPF_MEM | BPF_B, 9, 3, 4, 0),
	      "*(u8 *)(r9 +4) = r3");
	CHECK(I(BPF_STX | BPF_ABS | BPF_B, 9, 3, 4, 0), "(33) invalid");
}

static void
test_atomic(void)
{
	int dw = BPF_STX | BPF_ATOMIC | BPF_DW;
	int w = BPF_STX | BPF_ATOMIC | BPF_W;

	CHECK(I(dw, 1, 2, 0, BPF_ADD), "lock *(u64 *)(r1 +0) += r2");
	CHECK(I(dw, 1, 2, 8, BPF_OR), "lock *(u64 *)(r1 +8) |= r2");
	CHECK(I(dw, 1, 2, -8, BPF_AND), "lock *(u64 *)(r1 -8) &= r2");
	CHECK(I(dw, 1, 2, 0, BPF_XOR), "lock *(u64 *)(r1 +0) ^= r2");
	CHECK(I(w, 1, 2, 0, BPF_ADD), "lock *(u32 *)(r1 +0) += r2");
	CHECK(I(w, 1, 2, 0, BPF_XOR), "lock *(u32 *)(r1 +0) ^= r2");

	CHECK(I(dw, 1, 2, 0, BPF_ADD | BPF_FETCH),
	      "r2 = atomic64_fetch_add((u64 *)(r1 +0), r2)");
	CHECK(I(dw, 1, 2, 0, BPF_OR | BPF_FETCH),
	      "r2 = atomic64_fetch_or((u64 *)(r1 +0), r2)");
	CHECK(I(dw, 1, 2, 0, BPF_AND | BPF_FETCH),
	      "r2 = atomic64_fetch_and((u64 *)(r1 +0), r2)");
	CHECK(I(w, 1, 2, 4, BPF_XOR | BPF_FETCH),
	      "r2 = atomic_fetch_xor((u32 *)(r1 +4), r2)");
	CHECK(I(dw, 1, 2, 0, BPF_XCHG),
	      "r2 = atomic64_xchg((u64 *)(r1 +0), r2)");
	CHECK(I(w, 1, 2, 0, BPF_XCHG),
	      "r2 = atomic_xchg((u32 *)(r1 +0), r2)");
	CHECK(I(dw, 1, 2, -16, BPF_CMPXCHG),
	      "r0 = atomic64_cmpxchg((u64 *)(r1 -16), r0, r2)");
	CHECK(I(w, 1, 2, 0, BPF_CMPXCHG),
	      "r0 = atomic_cmpxchg((u32 *)(r1 +0), r0, r2)");

	CHECK(I(dw, 3, 1, 0, BPF_LOAD_ACQ),
	      "r3 = load_acquire((u64 *)(r1 +0))");
	CHECK(I(BPF_STX | BPF_ATOMIC | BPF_B, 3, 1, 0, BPF_LOAD_ACQ),
	      "w3 = load_acquire((u8 *)(r1 +0))");
	CHECK(I(dw, 1, 3, 8, BPF_STORE_REL),
	      "store_release((u64 *)(r1 +8), r3)");
	CHECK(I(BPF_STX | BPF_ATOMIC | BPF_H, 1, 3, 8, BPF_STORE_REL),
	      "store_release((u16 *)(r1 +8), w3)");

	CHECK(I(BPF_STX | BPF_ATOMIC | BPF_B, 1, 2, 0, BPF_ADD),
	      "(d3) invalid");
	CHECK(I(dw, 1, 2, 0, BPF_SUB), "(db) invalid");
	CHECK(I(dw, 1, 2, 0, 0xe0), "(db) invalid");
	CHECK(I(dw, 1, 2, 0, 0x1000), "(db) invalid");
}

static void
test_jmp(void)
{
	static const struct {
		int op;
		const char *s;
	} ops[] = {
		{ BPF_JEQ, "==" }, { BPF_JNE, "!=" }, { BPF_JGT, ">" },
		{ BPF_JGE, ">=" }, { BPF_JLT, "<" }, { BPF_JLE, "<=" },
		{ BPF_JSGT, "s>" }, { BPF_JSGE, "s>=" }, { BPF_JSLT, "s<" },
		{ BPF_JSLE, "s<=" }, { BPF_JSET, "&" },
	};
	char want[128];
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		snprintf(want, sizeof(want), "if r1 %s 0x5 goto pc+3", ops[i].s);
		CHECK(I(BPF_JMP | ops[i].op | BPF_K, 1, 0, 3, 5), want);
		snprintf(want, sizeof(want), "if r1 %s r2 goto pc-4", ops[i].s);
		CHECK(I(BPF_JMP | ops[i].op | BPF_X, 1, 2, -4, 0), want);
		snprintf(want, sizeof(want), "if w1 %s 0x10 goto pc+0",
			 ops[i].s);
		CHECK(I(BPF_JMP32 | ops[i].op | BPF_K, 1, 0, 0, 16), want);
		snprintf(want, sizeof(want), "if w3 %s w4 goto pc+1", ops[i].s);
		CHECK(I(BPF_JMP32 | ops[i].op | BPF_X, 3, 4, 1, 0), want);
	}
	CHECK(I(BPF_JMP | BPF_JEQ | BPF_K, 1, 0, -2, -1),
	      "if r1 == -0x1 goto pc-2");
	CHECK(I(BPF_JMP | BPF_JNE | BPF_K, 0, 0, 7, 0),
	      "if r0 != 0x0 goto pc+7");

	CHECK(I(BPF_JMP | BPF_JA, 0, 0, 3, 0), "goto pc+3");
	CHECK(I(BPF_JMP | BPF_JA, 0, 0, -1, 0), "goto pc-1");
	CHECK(I(BPF_JMP32 | BPF_JA, 0, 0, 0, 100000), "gotol pc+100000");
	CHECK(I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0), "exit");
	CHECK(I(BPF_JMP | BPF_JCOND, 0, 0, 5, 0), "may_goto pc+5");

	/* Calls: helpers by name, BPF-to-BPF, kfuncs, indirect. */
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, 1),
	      "call bpf_map_lookup_elem#1");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_trace_printk),
	      "call bpf_trace_printk#6");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_get_current_pid_tgid),
	      "call bpf_get_current_pid_tgid#14");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_probe_read_kernel),
	      "call bpf_probe_read_kernel#113");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_ringbuf_output),
	      "call bpf_ringbuf_output#130");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, 210),
	      "call bpf_cgrp_storage_get#210");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, 211),
	      "call bpf_cgrp_storage_delete#211");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, 0), "call unknown#0");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, 212), "call unknown#212");
	CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, -1), "call unknown#-1");
	CHECK(I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 12), "call pc+12");
	CHECK(I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, -12), "call pc-12");
	CHECK(I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_KFUNC_CALL, 0, 4242),
	      "call kfunc#4242");
	CHECK(I(BPF_JMP | BPF_CALL | BPF_X, 3, 0, 0, 0), "callx r3");

	/* Malformed. */
	CHECK(I(BPF_JMP | BPF_CALL, 0, 3, 0, 1), "(85) invalid");
	CHECK(I(BPF_JMP32 | BPF_CALL, 0, 0, 0, 1), "(86) invalid");
	CHECK(I(BPF_JMP32 | BPF_EXIT, 0, 0, 0, 0), "(96) invalid");
	CHECK(I(BPF_JMP | BPF_JA | BPF_X, 0, 0, 3, 0), "(0d) invalid");
	CHECK(I(BPF_JMP | 0xf0, 0, 0, 0, 0), "(f5) invalid");
	CHECK(I(BPF_JMP32 | BPF_JCOND, 0, 0, 5, 0), "(e6) invalid");
}

/* Every helper in the installed linux/bpf.h is named, at its id. */
#define HELPER_NAME(name)	#name
static const char *const hdr_helpers[] = { __BPF_FUNC_MAPPER(HELPER_NAME) };

static void
test_helper_table(void)
{
	char want[128];
	size_t i, n = sizeof(hdr_helpers) / sizeof(hdr_helpers[0]);

	for (i = 1; i < n; i++) {
		snprintf(want, sizeof(want), "call bpf_%s#%zu", hdr_helpers[i],
			 i);
		CHECK(I(BPF_JMP | BPF_CALL, 0, 0, 0, (int)i), want);
	}
}

static void
test_bounds(void)
{
	struct bpf_insn in[2] = {
		I(BPF_LDX | BPF_MEM | BPF_DW, 1, 10, -8, 0),
		I(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 1),
	};
	char buf[16];
	int r;

	/* Output is truncated and NUL-terminated, never overrun. */
	memset(buf, 'X', sizeof(buf));
	r = dt_disasm_insn(buf, 8, in, 1);
	result(r == 1 && strcmp(buf, "r1 = *(") == 0 && buf[8] == 'X',
	       __LINE__, "truncated output", buf, "r1 = *(");

	memset(buf, 'X', sizeof(buf));
	r = dt_disasm_insn(buf, 1, in, 1);
	result(r == 1 && buf[0] == '\0' && buf[1] == 'X', __LINE__,
	       "one-byte buffer", buf, "");

	r = dt_disasm_insn(NULL, 0, in, 2);
	result(r == 1, __LINE__, "NULL buffer", "", "");
	r = dt_disasm_insn(NULL, 0, in + 1, 1);
	result(r == 1, __LINE__, "NULL buffer, truncated ld_imm64", "", "");

	/* Nothing to disassemble. */
	memset(buf, 'X', sizeof(buf));
	r = dt_disasm_insn(buf, sizeof(buf), in, 0);
	result(r == 0 && buf[0] == '\0', __LINE__, "n == 0", buf, "");
	r = dt_disasm_insn(buf, sizeof(buf), NULL, 3);
	result(r == 0 && buf[0] == '\0', __LINE__, "NULL insns", buf, "");
}

static void
check_listing(int line, const struct bpf_insn *insns, size_t n, size_t first,
	      int indent, const char *want)
{
	char *text = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&text, &size);

	if (fp == NULL) {
		result(0, line, "open_memstream", "", "");
		return;
	}
	dt_disasm(fp, insns, n, first, indent);
	fclose(fp);
	result(text != NULL && strcmp(text, want) == 0, line, "listing",
	       text ? text : "(null)", want);
	free(text);
}

static void
test_listing(void)
{
	struct bpf_insn prog[] = {
		/*  8 */ I(BPF_ALU64 | BPF_MOV | BPF_X, 6, 1, 0, 0),
		/*  9 */ I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_MAP_FD, 0, 3),
		/* 10 */ I(0, 0, 0, 0, 0),
		/* 11 */ I(BPF_ALU64 | BPF_MOV | BPF_X, 2, 10, 0, 0),
		/* 12 */ I(BPF_ALU64 | BPF_ADD | BPF_K, 2, 0, 0, -4),
		/* 13 */ I(BPF_JMP | BPF_CALL, 0, 0, 0, 1),
		/* 14 */ I(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 3, 0),
		/* 15 */ I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 3),
		/* 16 */ I(BPF_JMP32 | BPF_JA, 0, 0, 0, -9),
		/* 17 */ I(BPF_JMP | BPF_JA, 0, 0, -10, 0),
		/* 18 */ I(BPF_JMP | BPF_JCOND, 0, 0, 1, 0),
		/* 19 */ I(BPF_LD | BPF_IMM | BPF_DW, 2, BPF_PSEUDO_FUNC, 0, -12),
		/* 20 */ I(0, 0, 0, 0, 0),
		/* 21 */ I(0xff, 0, 0, 0, 0),
		/* 22 */ I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
		/* 23 */ I(BPF_LD | BPF_IMM | BPF_DW, 0, 0, 0, 7),
	};
	size_t n = sizeof(prog) / sizeof(prog[0]);

	check_listing(__LINE__, prog, n, 8, 2,
		"   8: r6 = r1\n"
		"   9: r1 = map[fd:3]\n"
		"  11: r2 = r10\n"
		"  12: r2 += -4\n"
		"  13: call bpf_map_lookup_elem#1\n"
		"  14: if r0 == 0x0 goto pc+3 <18>\n"
		"  15: call pc+3 <19>\n"
		"  16: gotol pc-9 <8>\n"
		"  17: goto pc-10 <8>\n"
		"  18: may_goto pc+1 <20>\n"
		"  19: r2 = func pc-12 <8>\n"
		"  21: (ff) invalid\n"
		"  22: exit\n"
		"  23: (18) invalid\n");

	/* Numbering from 0, no indent; a one-slot prefix of the program. */
	check_listing(__LINE__, prog, 2, 0, 0,
		"0: r6 = r1\n"
		"1: (18) invalid\n");
	check_listing(__LINE__, prog + 5, 1, 0, 4,
		      "    0: call bpf_map_lookup_elem#1\n");
	check_listing(__LINE__, prog, 0, 0, 0, "");

	/* A branch out of the program still prints (target before 0). */
	{
		struct bpf_insn j[2] = {
			I(BPF_JMP | BPF_JA, 0, 0, -5, 0),
			I(BPF_JMP | BPF_JSET | BPF_X, 1, 2, 100, 0),
		};

		check_listing(__LINE__, j, 2, 0, 1,
			" 0: goto pc-5 <-4>\n"
			" 1: if r1 & r2 goto pc+100 <102>\n");
	}
}

int
main(void)
{
	test_alu();
	test_ld();
	test_mem();
	test_atomic();
	test_jmp();
	test_helper_table();
	test_bounds();
	test_listing();

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
