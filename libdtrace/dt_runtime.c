/*
 * dt_runtime.c -- links the BPF runtime library (bpf/runtime.c, embedded as
 * dt_runtime_obj by dt_runtime_blob.S) into generated programs.
 *
 * The object is a relocatable BPF ELF file.  Its functions are the STT_FUNC
 * symbols of .text, numbered in order of their offsets: those numbers are
 * the ids of dt_runtime_id() that generated code puts in its marked calls,
 *   BPF_JMP|BPF_CALL, src_reg = BPF_PSEUDO_CALL, imm = DT_RT_CALL_MARK | id.
 * dt_runtime_link() appends each function called, directly or through other
 * runtime functions, once at the end of the program, and turns every such
 * call into an ordinary relative BPF-to-BPF call.
 *
 * Calls between runtime functions come out of the compiler in two forms:
 *  - with an R_BPF_64_32 relocation in .rel.text, against the callee's
 *    symbol or a symbol of .text such as its section symbol: the callee
 *    starts at instruction S / 8 + imm + 1 of .text (S the symbol's value;
 *    imm is -1 against the callee's own symbol, the callee's index - 1
 *    against the section symbol: the relocation computes (S + A) / 8 - 1);
 *  - without a relocation (calls to static functions of .text): imm is
 *    already relative to the call.
 * Both are resolved here to the called function, then re-encoded relative
 * to where the callee was put in the program.  The address of a function
 * (a bpf_loop() callback: a 64-bit load with an R_BPF_64_64 relocation
 * against .text) is linked the same way, as a BPF_PSEUDO_FUNC load of the
 * callee relative to the load.  Anything else that needs relocating (maps,
 * global data, string literals, kfuncs) cannot
 * be linked: a function that needs it is marked bad, and linking it fails
 * with the reason (other functions remain usable).
 *
 * There is no cached state: the object is parsed again on each call (it is
 * a few hundred bytes).
 */
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt_runtime.h"

#ifndef EM_BPF
#define EM_BPF		247
#endif
#ifndef R_BPF_64_64
#define R_BPF_64_64	1
#endif
#ifndef R_BPF_64_32
#define R_BPF_64_32	10
#endif
#ifndef BPF_PSEUDO_KFUNC_CALL
#define BPF_PSEUDO_KFUNC_CALL 2
#endif

/* The embedded object (dt_runtime_blob.S). */
extern const char dt_runtime_obj[], dt_runtime_obj_end[];

#define RT_ID_MASK	((uint32_t)DT_RT_CALL_MARK - 1)
#define RT_INSN		sizeof(struct bpf_insn)

typedef struct rt_func {
	const char *name;  /* in the object's string table */
	size_t start;      /* first instruction, as an index into .text */
	size_t len;        /* instructions */
	char bad[160];     /* why it cannot be linked, or "" */
} rt_func_t;

/* The parsed object; rt_close() releases everything. */
typedef struct rt_obj {
	char *image;              /* private copy of the object's bytes */
	Elf *elf;
	size_t shstrndx;          /* section name string table */
	size_t strndx;            /* symbol name string table */
	size_t textndx, symndx;   /* section indices */
	Elf_Data *symdata;
	size_t nsyms;
	struct bpf_insn *text;    /* copy of .text */
	size_t ntext;
	int64_t *reltarget;       /* per .text instruction: relocated call's target, or -1 */
	int *callee;              /* per .text instruction: called function, or -1 */
	rt_func_t *funcs;         /* sorted by start */
	size_t nfuncs;
} rt_obj_t;

static void __attribute__((format(printf, 3, 4)))
rt_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (err == NULL || errlen == 0)
		return;
	n = snprintf(err, errlen, "BPF runtime library: ");
	if (n < 0 || (size_t)n >= errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
	va_end(ap);
}

/* Record why function f cannot be linked (the first reason found). */
static void __attribute__((format(printf, 2, 3)))
rt_bad(rt_func_t *f, const char *fmt, ...)
{
	va_list ap;

	if (f->bad[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(f->bad, sizeof(f->bad), fmt, ap);
	va_end(ap);
	if (f->bad[0] == '\0')
		snprintf(f->bad, sizeof(f->bad), "cannot be linked");
}

static void
rt_close(rt_obj_t *ro)
{
	if (ro->elf != NULL)
		elf_end(ro->elf);
	free(ro->image);
	free(ro->text);
	free(ro->reltarget);
	free(ro->callee);
	free(ro->funcs);
	memset(ro, 0, sizeof(*ro));
}

static int
rt_cmp_func(const void *a, const void *b)
{
	const rt_func_t *fa = a, *fb = b;

	return fa->start < fb->start ? -1 : fa->start > fb->start;
}

static bool
rt_is_pseudo_call(const struct bpf_insn *in)
{
	return in->code == (BPF_JMP | BPF_CALL) && in->src_reg == BPF_PSEUDO_CALL;
}

/*
 * A call the code generator marked as a call to runtime function
 * imm & RT_ID_MASK.  Relative calls of the program's own are left alone:
 * going backwards they are negative, going forwards they never reach
 * DT_RT_CALL_MARK.
 */
static bool
rt_is_marked(const struct bpf_insn *in)
{
	return rt_is_pseudo_call(in) && in->imm >= 0 && (in->imm & DT_RT_CALL_MARK) != 0;
}

/* The function that starts at instruction idx of .text, or -1. */
static int
rt_func_at(const rt_obj_t *ro, int64_t idx)
{
	size_t lo = 0, hi = ro->nfuncs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if ((int64_t)ro->funcs[mid].start == idx)
			return (int)mid;
		if ((int64_t)ro->funcs[mid].start < idx)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The function instruction idx of .text belongs to, or NULL. */
static rt_func_t *
rt_func_of(rt_obj_t *ro, size_t idx)
{
	for (size_t i = 0; i < ro->nfuncs; i++) {
		if (idx >= ro->funcs[i].start && idx < ro->funcs[i].start + ro->funcs[i].len)
			return &ro->funcs[i];
	}
	return NULL;
}

/* A symbol's name for messages (a section symbol's is its section's). */
static const char *
rt_sym_name(const rt_obj_t *ro, const GElf_Sym *sym)
{
	const char *s = NULL;

	if (GELF_ST_TYPE(sym->st_info) == STT_SECTION) {
		Elf_Scn *scn = elf_getscn(ro->elf, sym->st_shndx);
		GElf_Shdr sh;

		if (scn != NULL && gelf_getshdr(scn, &sh) != NULL)
			s = elf_strptr(ro->elf, ro->shstrndx, sh.sh_name);
	} else {
		s = elf_strptr(ro->elf, ro->strndx, sym->st_name);
	}
	return s != NULL && *s != '\0' ? s : "(unnamed)";
}

/* Collect the STT_FUNC symbols of .text, sorted by offset. */
static int
rt_read_funcs(rt_obj_t *ro, char *err, size_t errlen)
{
	GElf_Sym sym;

	ro->funcs = calloc(ro->nsyms ? ro->nsyms : 1, sizeof(*ro->funcs));
	if (ro->funcs == NULL) {
		rt_err(err, errlen, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < ro->nsyms; i++) {
		rt_func_t *f;
		const char *name;

		if (gelf_getsym(ro->symdata, (int)i, &sym) == NULL) {
			rt_err(err, errlen, "cannot read symbol %zu: %s", i, elf_errmsg(-1));
			return -1;
		}
		if (GELF_ST_TYPE(sym.st_info) != STT_FUNC || sym.st_shndx != ro->textndx)
			continue;
		name = elf_strptr(ro->elf, ro->strndx, sym.st_name);
		if (name == NULL || *name == '\0') {
			rt_err(err, errlen, "function symbol %zu has no name", i);
			return -1;
		}
		if (sym.st_value % RT_INSN != 0 || sym.st_size % RT_INSN != 0 ||
		    sym.st_value / RT_INSN >= ro->ntext ||
		    sym.st_size / RT_INSN > ro->ntext - sym.st_value / RT_INSN) {
			rt_err(err, errlen, "%s: bad offset or size in .text", name);
			return -1;
		}
		f = &ro->funcs[ro->nfuncs++];
		f->name = name;
		f->start = sym.st_value / RT_INSN;
		f->len = sym.st_size / RT_INSN;
	}
	if (ro->nfuncs == 0) {
		rt_err(err, errlen, "no functions in .text");
		return -1;
	}
	qsort(ro->funcs, ro->nfuncs, sizeof(*ro->funcs), rt_cmp_func);
	for (size_t i = 0; i < ro->nfuncs; i++) {
		rt_func_t *f = &ro->funcs[i];
		size_t end = i + 1 < ro->nfuncs ? ro->funcs[i + 1].start : ro->ntext;

		if (f->start == end) {
			rt_err(err, errlen, "%s and %s start at the same offset",
			       f->name, ro->funcs[i + 1].name);
			return -1;
		}
		if (f->len == 0)  /* no size recorded: up to the next one */
			f->len = end - f->start;
		if (f->start + f->len > end) {
			rt_err(err, errlen, "%s overlaps %s", f->name, ro->funcs[i + 1].name);
			return -1;
		}
		for (size_t j = 0; j < i; j++) {
			if (strcmp(ro->funcs[j].name, f->name) == 0) {
				rt_err(err, errlen, "two functions named %s", f->name);
				return -1;
			}
		}
	}
	return 0;
}

/*
 * Read one relocation section of .text.  Only calls to functions of .text
 * (R_BPF_64_32 on a BPF_PSEUDO_CALL) can be linked: each is resolved to the
 * callee's start, as an index into .text, in ro->reltarget[].  Other
 * relocations make the function holding them bad.
 */
static int
rt_read_rels(rt_obj_t *ro, Elf_Scn *scn, const GElf_Shdr *sh, char *err, size_t errlen)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t nrel;

	if (sh->sh_entsize == 0 || data == NULL) {
		rt_err(err, errlen, "cannot read the relocations of .text: %s", elf_errmsg(-1));
		return -1;
	}
	nrel = sh->sh_size / sh->sh_entsize;
	for (size_t i = 0; i < nrel; i++) {
		GElf_Rel rel;
		GElf_Sym sym;
		size_t at, symi;
		unsigned int type;
		const char *sname;
		const struct bpf_insn *in;
		rt_func_t *f;
		int64_t target;

		if (gelf_getrel(data, (int)i, &rel) == NULL) {
			rt_err(err, errlen, "cannot read relocation %zu: %s", i, elf_errmsg(-1));
			return -1;
		}
		if (rel.r_offset / RT_INSN >= ro->ntext) {
			rt_err(err, errlen, "relocation %zu: offset %#llx outside .text", i,
			       (unsigned long long)rel.r_offset);
			return -1;
		}
		at = rel.r_offset / RT_INSN;
		f = rt_func_of(ro, at);
		if (f == NULL)
			continue;  /* not in a function: never copied */
		type = (unsigned int)GELF_R_TYPE(rel.r_info);
		symi = GELF_R_SYM(rel.r_info);
		if (symi == 0 || symi >= ro->nsyms || gelf_getsym(ro->symdata, (int)symi, &sym) == NULL) {
			rt_bad(f, "relocation against a bad symbol");
			continue;
		}
		sname = rt_sym_name(ro, &sym);
		in = &ro->text[at];
		if (type == R_BPF_64_64 && in->code == (BPF_LD | BPF_IMM | BPF_DW) &&
		    sym.st_shndx == ro->textndx && at + 1 < ro->ntext) {
			/*
			 * The address of a function of .text (a callback for
			 * bpf_loop()): S + A, A being the 64-bit load's immediate.
			 */
			uint64_t byte = sym.st_value + (uint32_t)in->imm;

			if (byte % RT_INSN != 0 || byte / RT_INSN >= ro->ntext ||
			    in[1].imm != 0 || ro->reltarget[at] >= 0) {
				rt_bad(f, "bad reference to a function through %s", sname);
				continue;
			}
			ro->reltarget[at] = (int64_t)(byte / RT_INSN);
			continue;
		}
		if (type == R_BPF_64_64) {
			rt_bad(f, "refers to %s: maps and data cannot be used by the runtime library",
			       sname);
			continue;
		}
		if (type != R_BPF_64_32 || rel.r_offset % RT_INSN != 0 || !rt_is_pseudo_call(in)) {
			rt_bad(f, "relocation of type %u against %s cannot be linked", type, sname);
			continue;
		}
		if (sym.st_shndx != ro->textndx) {
			rt_bad(f, "calls %s, which is not a function of the library's .text", sname);
			continue;
		}
		if (ro->reltarget[at] >= 0 || sym.st_value % RT_INSN != 0) {
			rt_bad(f, "bad relocation of a call to %s", sname);
			continue;
		}
		/* the relocation puts (S + A) / 8 - 1 in imm: the callee is at S / 8 + imm + 1 */
		target = (int64_t)(sym.st_value / RT_INSN) + in->imm + 1;
		if (target < 0 || target >= (int64_t)ro->ntext) {
			rt_bad(f, "calls %s%+lld, outside .text", sname,
			       (long long)(in->imm + 1) * (long long)RT_INSN);
			continue;
		}
		ro->reltarget[at] = target;
	}
	return 0;
}

/*
 * Check each function's code: every jump stays in the function, every call
 * to another function lands on a function's start (that function's index
 * goes in ro->callee[]), nothing else refers outside the function.
 */
static void
rt_check_code(rt_obj_t *ro)
{
	for (size_t fi = 0; fi < ro->nfuncs; fi++) {
		rt_func_t *f = &ro->funcs[fi];

		for (size_t i = f->start; i < f->start + f->len && f->bad[0] == '\0'; i++) {
			const struct bpf_insn *in = &ro->text[i];
			uint8_t cls = BPF_CLASS(in->code), op = BPF_OP(in->code);
			int64_t target;
			int g;

			if (in->code == (BPF_LD | BPF_IMM | BPF_DW)) {
				if (in->src_reg != 0)
					rt_bad(f, "loads a map, data or function address");
				else if (i + 1 >= f->start + f->len)
					rt_bad(f, "truncated 64-bit load");
				else if (ro->reltarget[i] >= 0) {
					/* a function's address: linked like a call */
					g = rt_func_at(ro, ro->reltarget[i]);
					if (g < 0)
						rt_bad(f, "refers to .text+%lld, which does not start a function",
						       (long long)ro->reltarget[i] * (long long)RT_INSN);
					ro->callee[i] = g;
				}
				i++;  /* the second half */
				continue;
			}
			if ((cls != BPF_JMP && cls != BPF_JMP32) || op == BPF_EXIT)
				continue;
			if (op == BPF_CALL) {
				if (cls != BPF_JMP || in->src_reg == 0)
					continue;  /* a helper, or not valid (the verifier says so) */
				if (in->src_reg != BPF_PSEUDO_CALL) {
					rt_bad(f, "calls a kernel function");
					break;
				}
				if (ro->reltarget[i] >= 0)
					target = ro->reltarget[i];
				else
					target = (int64_t)i + in->imm + 1;
				g = rt_func_at(ro, target);
				if (g < 0)
					rt_bad(f, "calls .text+%lld, which does not start a function",
					       (long long)target * (long long)RT_INSN);
				ro->callee[i] = g;
				continue;
			}
			/* a jump; gotol (JMP32|JA) has its offset in imm */
			if (cls == BPF_JMP32 && op == BPF_JA)
				target = (int64_t)i + in->imm + 1;
			else
				target = (int64_t)i + in->off + 1;
			if (target < (int64_t)f->start || target >= (int64_t)(f->start + f->len))
				rt_bad(f, "jumps out of the function");
		}
	}
}

/* Parse and check the embedded object. */
static int
rt_open(rt_obj_t *ro, char *err, size_t errlen)
{
	size_t size = (size_t)(dt_runtime_obj_end - dt_runtime_obj);
	Elf_Scn *scn, *textscn = NULL, *symscn = NULL;
	Elf_Data *textdata;
	GElf_Ehdr eh;
	GElf_Shdr sh;

	memset(ro, 0, sizeof(*ro));
	if (elf_version(EV_CURRENT) == EV_NONE) {
		rt_err(err, errlen, "libelf is out of date");
		return -1;
	}
	/* libelf takes a writable image; the embedded one is read-only */
	ro->image = malloc(size ? size : 1);
	if (ro->image == NULL) {
		rt_err(err, errlen, "out of memory");
		return -1;
	}
	memcpy(ro->image, dt_runtime_obj, size);
	ro->elf = elf_memory(ro->image, size);
	if (ro->elf == NULL || elf_kind(ro->elf) != ELF_K_ELF ||
	    gelf_getehdr(ro->elf, &eh) == NULL) {
		rt_err(err, errlen, "not an ELF object: %s", elf_errmsg(-1));
		goto fail;
	}
	if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_machine != EM_BPF ||
	    eh.e_type != ET_REL) {
		rt_err(err, errlen, "not a relocatable BPF object");
		goto fail;
	}
	/* instructions are used as they are: the object must be in host order */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (eh.e_ident[EI_DATA] != ELFDATA2LSB) {
#else
	if (eh.e_ident[EI_DATA] != ELFDATA2MSB) {
#endif
		rt_err(err, errlen, "the object's byte order is not the host's");
		goto fail;
	}
	if (elf_getshdrstrndx(ro->elf, &ro->shstrndx) != 0) {
		rt_err(err, errlen, "no section names: %s", elf_errmsg(-1));
		goto fail;
	}

	for (scn = NULL; (scn = elf_nextscn(ro->elf, scn)) != NULL;) {
		const char *name;

		if (gelf_getshdr(scn, &sh) == NULL) {
			rt_err(err, errlen, "cannot read a section header: %s", elf_errmsg(-1));
			goto fail;
		}
		name = elf_strptr(ro->elf, ro->shstrndx, sh.sh_name);
		if (sh.sh_type == SHT_SYMTAB) {
			if (symscn != NULL) {
				rt_err(err, errlen, "more than one symbol table");
				goto fail;
			}
			symscn = scn;
		} else if (sh.sh_type == SHT_PROGBITS && name != NULL &&
			   strcmp(name, ".text") == 0) {
			textscn = scn;
		}
	}
	if (textscn == NULL || symscn == NULL) {
		rt_err(err, errlen, "no %s", textscn == NULL ? ".text" : "symbol table");
		goto fail;
	}
	ro->textndx = elf_ndxscn(textscn);
	ro->symndx = elf_ndxscn(symscn);

	/* the code */
	textdata = elf_getdata(textscn, NULL);
	if (textdata == NULL || textdata->d_buf == NULL || textdata->d_size == 0 ||
	    textdata->d_size % RT_INSN != 0) {
		rt_err(err, errlen, "cannot read .text");
		goto fail;
	}
	ro->ntext = textdata->d_size / RT_INSN;
	ro->text = malloc(textdata->d_size);
	ro->reltarget = malloc(ro->ntext * sizeof(*ro->reltarget));
	ro->callee = malloc(ro->ntext * sizeof(*ro->callee));
	if (ro->text == NULL || ro->reltarget == NULL || ro->callee == NULL) {
		rt_err(err, errlen, "out of memory");
		goto fail;
	}
	memcpy(ro->text, textdata->d_buf, textdata->d_size);
	for (size_t i = 0; i < ro->ntext; i++) {
		ro->reltarget[i] = -1;
		ro->callee[i] = -1;
	}

	/* the functions */
	if (gelf_getshdr(symscn, &sh) == NULL || sh.sh_entsize == 0 ||
	    (ro->symdata = elf_getdata(symscn, NULL)) == NULL) {
		rt_err(err, errlen, "cannot read the symbol table: %s", elf_errmsg(-1));
		goto fail;
	}
	ro->nsyms = sh.sh_size / sh.sh_entsize;
	ro->strndx = sh.sh_link;
	if (rt_read_funcs(ro, err, errlen) != 0)
		goto fail;

	/* the relocations of .text */
	for (scn = NULL; (scn = elf_nextscn(ro->elf, scn)) != NULL;) {
		if (gelf_getshdr(scn, &sh) == NULL) {
			rt_err(err, errlen, "cannot read a section header: %s", elf_errmsg(-1));
			goto fail;
		}
		if ((sh.sh_type != SHT_REL && sh.sh_type != SHT_RELA) || sh.sh_info != ro->textndx)
			continue;
		if (sh.sh_type == SHT_RELA) {
			rt_err(err, errlen, "RELA relocations of .text are not supported");
			goto fail;
		}
		if (sh.sh_link != ro->symndx) {
			rt_err(err, errlen, "relocations of .text use another symbol table");
			goto fail;
		}
		if (rt_read_rels(ro, scn, &sh, err, errlen) != 0)
			goto fail;
	}
	rt_check_code(ro);
	return 0;
fail:
	rt_close(ro);
	return -1;
}

int
dt_runtime_id(const char *name)
{
	rt_obj_t ro;
	int id = -1;

	if (name == NULL || rt_open(&ro, NULL, 0) != 0)
		return -1;
	for (size_t i = 0; i < ro.nfuncs; i++) {
		if (strcmp(ro.funcs[i].name, name) == 0) {
			id = (int)i;
			break;
		}
	}
	rt_close(&ro);
	return id;
}

/* Give function id a place at *end, unless it has one; queue it. */
static int
rt_need(rt_obj_t *ro, size_t id, int64_t *base, size_t *order, size_t *norder,
	int64_t *end, char *err, size_t errlen)
{
	rt_func_t *f = &ro->funcs[id];

	if (base[id] >= 0)
		return 0;
	if (f->bad[0] != '\0') {
		rt_err(err, errlen, "%s %s", f->name, f->bad);
		return -1;
	}
	base[id] = *end;
	*end += (int64_t)f->len;
	order[(*norder)++] = id;
	return 0;
}

int
dt_runtime_link(dt_insnbuf_t *prog, char *err, size_t errlen)
{
	rt_obj_t ro;
	int64_t *base = NULL;   /* per function: where it goes in prog, or -1 */
	size_t *order = NULL;   /* functions to append, in that order */
	size_t norder = 0, n = prog->n, i;
	int64_t end = (int64_t)prog->n;
	bool any = false;
	int rc = -1;

	for (i = 0; i < n; i++) {
		const struct bpf_insn *in = &prog->insns[i];

		/* DT_RT_CALL_MARK | -1: a call through a failed dt_runtime_id() */
		if (rt_is_pseudo_call(in) && in->imm == -1) {
			if (rt_open(&ro, err, errlen) == 0) {
				rt_close(&ro);
				rt_err(err, errlen, "instruction %zu calls a function the "
				       "library does not have", i);
			}
			return -1;
		}
		any |= rt_is_marked(in);
	}
	if (!any)
		return 0;
	if (rt_open(&ro, err, errlen) != 0)
		return -1;
	base = malloc(ro.nfuncs * sizeof(*base));
	order = malloc(ro.nfuncs * sizeof(*order));
	if (base == NULL || order == NULL) {
		rt_err(err, errlen, "out of memory");
		goto out;
	}
	for (i = 0; i < ro.nfuncs; i++)
		base[i] = -1;

	/* what the program calls, in the order of its first call */
	for (i = 0; i < n; i++) {
		const struct bpf_insn *in = &prog->insns[i];
		uint32_t id;

		if (!rt_is_marked(in))
			continue;
		id = (uint32_t)in->imm & RT_ID_MASK;
		if (id >= ro.nfuncs) {
			rt_err(err, errlen, "instruction %zu calls function %u; there are %zu",
			       i, id, ro.nfuncs);
			goto out;
		}
		if (rt_need(&ro, id, base, order, &norder, &end, err, errlen) != 0)
			goto out;
	}
	/* and what those call, transitively (order[] grows as this goes) */
	for (size_t k = 0; k < norder; k++) {
		const rt_func_t *f = &ro.funcs[order[k]];

		for (i = f->start; i < f->start + f->len; i++) {
			if (ro.callee[i] >= 0 &&
			    rt_need(&ro, (size_t)ro.callee[i], base, order, &norder, &end,
				    err, errlen) != 0)
				goto out;
		}
	}
	if (end > INT32_MAX / 2) {
		rt_err(err, errlen, "program too large");
		goto out;
	}

	/* the program's calls */
	for (i = 0; i < n; i++) {
		struct bpf_insn *in = &prog->insns[i];

		if (rt_is_marked(in))
			in->imm = (int32_t)(base[(uint32_t)in->imm & RT_ID_MASK] - ((int64_t)i + 1));
	}
	/* the functions, with their calls relative to where their callees went */
	for (size_t k = 0; k < norder; k++) {
		const rt_func_t *f = &ro.funcs[order[k]];
		int64_t at = base[order[k]];

		for (i = 0; i < f->len; i++) {
			struct bpf_insn in = ro.text[f->start + i];
			int g = ro.callee[f->start + i];

			if (g >= 0) {
				/* relative to the next instruction, for calls and function addresses */
				in.imm = (int32_t)(base[g] - (at + (int64_t)i + 1));
				if (in.code == (BPF_LD | BPF_IMM | BPF_DW))
					in.src_reg = BPF_PSEUDO_FUNC;
			}
			dt_ib_emit(prog, in);
		}
	}
	rc = 0;
out:
	free(base);
	free(order);
	rt_close(&ro);
	return rc;
}
