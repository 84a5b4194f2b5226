/*
 * dt_disasm.h -- BPF instruction disassembler, for -S.
 */
#ifndef DT_DISASM_H
#define DT_DISASM_H

#include <stddef.h>
#include <stdio.h>
#include <linux/bpf.h>

/*
 * Print one line per instruction (ld_imm64 takes two slots and prints once),
 * numbered from 'first', indented by 'indent' spaces.
 */
void dt_disasm(FILE *fp, const struct bpf_insn *insns, size_t n, size_t first, int indent);
size_t dt_disasm_range(FILE *fp, const struct bpf_insn *insns, size_t n, size_t from, size_t to,
		       size_t first, int indent);

/* One instruction into buf (no index, no newline); returns slots used (1 or 2). */
int dt_disasm_insn(char *buf, size_t len, const struct bpf_insn *insns, size_t n);

#endif
