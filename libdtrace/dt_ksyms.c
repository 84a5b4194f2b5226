/*
 * dt_ksyms.c -- kernel symbols for the consumer: stack(), func()/sym(),
 * mod() and printf's %a print kernel addresses as DTrace does,
 * `module`function+0xoffset`.
 *
 * The table is /proc/kallsyms, read the first time a program's output
 * needs a symbol (never for programs that record no kernel addresses) and
 * kept sorted by address for binary search.  kallsyms gives no sizes: a
 * symbol is taken to reach up to the next one.  Core kernel symbols belong
 * to the module "vmlinux" (as Oracle Linux DTrace names it); module
 * symbols carry their module's name in brackets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"

/*
 * kallsyms has no sizes: an address further than this from the symbol
 * below it is taken to be outside any function (larger than the largest
 * kernel function, small enough to refuse the gaps between regions).
 */
#define DT_KSYM_MAXSIZE (1u << 20)

typedef struct dt_ksym {
	uint64_t addr;
	uint32_t name;          /* offset in the name pool */
	uint16_t mod;           /* index into the module names */
	uint8_t global;         /* T/D/...: preferred among aliases */
} dt_ksym_t;

struct dt_ksyms {
	dt_ksym_t *syms;
	size_t n;
	char *pool;             /* NUL-terminated names */
	size_t poollen, poolcap;
	char **mods;            /* [0] is "vmlinux" */
	uint64_t *modlow;       /* per module: its lowest symbol's address */
	int nmods;
};

static uint32_t
dt_ksyms_intern(struct dt_ksyms *ks, const char *s)
{
	size_t len = strlen(s) + 1;
	uint32_t off;

	if (ks->poollen + len > ks->poolcap) {
		ks->poolcap = (ks->poolcap ? ks->poolcap * 2 : 1 << 20) + len;
		ks->pool = dt_realloc(ks->pool, ks->poolcap);
	}
	off = (uint32_t)ks->poollen;
	memcpy(ks->pool + off, s, len);
	ks->poollen += len;
	return off;
}

static uint16_t
dt_ksyms_mod(struct dt_ksyms *ks, const char *name)
{
	/* module symbols come grouped, so the last module is the likely one */
	for (int i = ks->nmods - 1; i >= 0; i--)
		if (strcmp(ks->mods[i], name) == 0)
			return (uint16_t)i;
	if (ks->nmods == UINT16_MAX)
		return 0;
	ks->mods = dt_realloc(ks->mods, (size_t)(ks->nmods + 1) * sizeof(char *));
	ks->mods[ks->nmods] = dt_strdup(name);
	return (uint16_t)ks->nmods++;
}

static int
dt_ksym_cmp(const void *a, const void *b)
{
	const dt_ksym_t *l = a, *r = b;

	if (l->addr != r->addr)
		return l->addr < r->addr ? -1 : 1;
	/* aliases: the global name first, then the order kallsyms gives */
	if (l->global != r->global)
		return l->global ? -1 : 1;
	return l->name < r->name ? -1 : l->name > r->name;
}

/*
 * Read /proc/kallsyms.  Addresses that read as 0 (kptr_restrict, no
 * privilege) are useless and left out; an empty table makes every address
 * print as a number.
 */
static struct dt_ksyms *
dt_ksyms_load(void)
{
	struct dt_ksyms *ks = dt_zalloc(sizeof(*ks));
	FILE *fp = fopen("/proc/kallsyms", "r");
	size_t cap = 0;
	char line[1024];

	dt_ksyms_mod(ks, "vmlinux");
	if (fp == NULL)
		return ks;
	while (fgets(line, sizeof(line), fp) != NULL) {
		unsigned long long addr;
		char type, name[512], mod[256];
		int n;

		mod[0] = '\0';
		n = sscanf(line, "%llx %c %511s [%255[^]]]", &addr, &type, name, mod);
		if (n < 3 || addr == 0)
			continue;
		if (ks->n == cap) {
			cap = cap ? cap * 2 : 65536;
			ks->syms = dt_realloc(ks->syms, cap * sizeof(dt_ksym_t));
		}
		ks->syms[ks->n].addr = addr;
		ks->syms[ks->n].name = dt_ksyms_intern(ks, name);
		ks->syms[ks->n].mod = n == 4 ? dt_ksyms_mod(ks, mod) : 0;
		ks->syms[ks->n].global = type >= 'A' && type <= 'Z';
		ks->n++;
	}
	fclose(fp);
	qsort(ks->syms, ks->n, sizeof(dt_ksym_t), dt_ksym_cmp);
	ks->modlow = dt_zalloc((size_t)ks->nmods * sizeof(uint64_t));
	for (size_t i = ks->n; i-- > 0; )
		ks->modlow[ks->syms[i].mod] = ks->syms[i].addr;
	return ks;
}

void
dt_ksyms_fini(dtrace_hdl_t *dtp)
{
	struct dt_ksyms *ks = dtp->ksyms;

	if (ks == NULL)
		return;
	for (int i = 0; i < ks->nmods; i++)
		free(ks->mods[i]);
	free(ks->mods);
	free(ks->modlow);
	free(ks->syms);
	free(ks->pool);
	free(ks);
	dtp->ksyms = NULL;
}

int
dt_ksym_lookup(dtrace_hdl_t *dtp, uint64_t addr, dt_ksyminfo_t *out)
{
	struct dt_ksyms *ks;
	size_t lo = 0, hi;

	if (dtp->ksyms == NULL)
		dtp->ksyms = dt_ksyms_load();
	ks = dtp->ksyms;
	hi = ks->n;
	/* the last symbol at or below addr; aliases sort their preferred name first */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ks->syms[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -1;
	lo--;
	/* past the last symbol of a region (kernel data, unmapped space): no symbol */
	if (addr - ks->syms[lo].addr > DT_KSYM_MAXSIZE)
		return -1;
	while (lo > 0 && ks->syms[lo - 1].addr == ks->syms[lo].addr)
		lo--;
	out->name = ks->pool + ks->syms[lo].name;
	out->mod = ks->mods[ks->syms[lo].mod];
	out->modidx = ks->syms[lo].mod;
	out->addr = ks->syms[lo].addr;
	return 0;
}

void
dt_ksym_addr2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len)
{
	dt_ksyminfo_t si;

	if (dt_ksym_lookup(dtp, addr, &si) != 0)
		snprintf(buf, len, "0x%llx", (unsigned long long)addr);
	else if (addr != si.addr)
		snprintf(buf, len, "%s`%s+0x%llx", si.mod, si.name,
			 (unsigned long long)(addr - si.addr));
	else
		snprintf(buf, len, "%s`%s", si.mod, si.name);
}

void
dt_ksym_sym2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len)
{
	dt_ksyminfo_t si;

	if (dt_ksym_lookup(dtp, addr, &si) != 0)
		snprintf(buf, len, "0x%llx", (unsigned long long)addr);
	else
		snprintf(buf, len, "%s`%s", si.mod, si.name);
}

void
dt_ksym_mod2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len)
{
	dt_ksyminfo_t si;

	if (dt_ksym_lookup(dtp, addr, &si) != 0)
		snprintf(buf, len, "0x%llx", (unsigned long long)addr);
	else
		snprintf(buf, len, "%s", si.mod);
}

uint64_t
dt_ksym_normalize(dtrace_hdl_t *dtp, uint64_t addr, bool bymod)
{
	dt_ksyminfo_t si;

	if (dt_ksym_lookup(dtp, addr, &si) != 0)
		return addr;
	/* a module is known by its lowest symbol */
	return bymod ? dtp->ksyms->modlow[si.modidx] : si.addr;
}

void
dt_ksym_stack_canon(dtrace_hdl_t *dtp, uint64_t *pcs, uint32_t n, uint32_t depth)
{
	dt_ksyminfo_t si;

	/*
	 * A tracepoint calls its one attached program directly, but goes
	 * through its iterator (__traceiter_NAME) while several are attached:
	 * that frame says nothing about the probe and is left out.
	 */
	if (n > 0 && pcs[0] != 0 && dt_ksym_lookup(dtp, pcs[0], &si) == 0 &&
	    strncmp(si.name, "__traceiter_", 12) == 0) {
		memmove(pcs, pcs + 1, (n - 1) * sizeof(uint64_t));
		pcs[n - 1] = 0;
	}
	for (uint32_t i = depth; i < n; i++)
		pcs[i] = 0;
}

void
dt_ksym_print_stack(dtrace_hdl_t *dtp, FILE *fp, const uint64_t *pcs, uint32_t n)
{
	char buf[1024];

	fputc('\n', fp);
	for (uint32_t i = 0; i < n && pcs[i] != 0; i++) {
		dt_ksym_addr2str(dtp, pcs[i], buf, sizeof(buf));
		fprintf(fp, "%*s%s\n", (int)dtp->stackindent, "", buf);
	}
}
