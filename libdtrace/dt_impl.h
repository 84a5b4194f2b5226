/*
 * dt_impl.h -- libdtrace's internal interfaces, shared by the compiler,
 * the code generator, the linker/loader, the providers and the consumer.
 *
 * Data flow: source -> dt_lex/dt_grammar (AST) -> dt_sema (types, constant
 * folding, probe matching) -> dt_cg (one BPF body per clause) -> dt_link
 * (one program per attach point, maps, load) -> providers attach ->
 * dt_consume (ring buffer records, formatting).
 */
#ifndef DT_IMPL_H
#define DT_IMPL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <linux/bpf.h>

#include "dtrace.h"
#include "dt_errtags.h"

struct dt_pfargv;
struct ring_buffer;
struct ctf_dict;
struct dt_btf;

/* ------------------------------------------------------------------ */
/* Types: see dt_type.c.                                               */

typedef enum dt_tkind {
	DT_TK_VOID = 0,
	DT_TK_INT,       /* integers, enums, bitfields */
	DT_TK_STRING,    /* D's string */
	DT_TK_PTR,
	DT_TK_ARRAY,
	DT_TK_STRUCT,
	DT_TK_UNION,
	DT_TK_FLOAT,
	DT_TK_FUNC,
	DT_TK_OTHER,
	DT_TK_STACK,     /* stack(): kernel return addresses (size: 8 per frame of its
			  * depth; recorded with one frame more, as aggregation keys
			  * after an 8-byte depth too: see dt_ksym_stack_canon) */
	DT_TK_SYMADDR,   /* func()/sym(): a kernel address shown as module`function */
	DT_TK_MODADDR,   /* mod(): a kernel address shown as its module */
} dt_tkind_t;

typedef unsigned long dt_ctfid_t;  /* ctf_id_t, without including ctf-api.h everywhere */

typedef struct dt_type {
	uint8_t kind;      /* dt_tkind_t */
	bool sign;         /* integers: signed */
	bool incomplete;   /* a struct/union declared but not defined */
	uint8_t bits;      /* bitfields: width (0 = not a bitfield) */
	uint8_t bitoff;    /* bitfields: offset within the slice */
	uint32_t size;     /* bytes (strings: 0, meaning strsize) */
	dt_ctfid_t id;     /* CTF type in the handle's dictionary; 0 = made up */
} dt_type_t;

extern const dt_type_t dt_type_void, dt_type_int, dt_type_uint, dt_type_long,
	dt_type_ulong, dt_type_string;

int dt_type_init(dtrace_hdl_t *dtp);
void dt_type_fini(dtrace_hdl_t *dtp);
dt_type_t dt_type_from_ctf(dtrace_hdl_t *dtp, dt_ctfid_t id);
dt_ctfid_t dt_type_ctf(dtrace_hdl_t *dtp, dt_type_t t);
dt_ctfid_t dt_type_string_ctf(dtrace_hdl_t *dtp);
const char *dt_type_name(dtrace_hdl_t *dtp, dt_type_t t, char *buf, size_t len);
bool dt_type_same(dt_type_t a, dt_type_t b);
bool dt_type_compat(dtrace_hdl_t *dtp, dt_type_t a, dt_type_t b);
bool dt_type_isarith(dt_type_t t);
bool dt_type_isscalar(dt_type_t t);
dt_type_t dt_type_promote(dt_type_t t);
dt_type_t dt_arith_type(dt_type_t a, dt_type_t b);
int dt_type_lookup(dtrace_hdl_t *dtp, const char *name, dt_type_t *out);
bool dt_type_is_typedef(dtrace_hdl_t *dtp, const char *name, bool kernel);
dt_type_t dt_type_pointer(dtrace_hdl_t *dtp, dt_type_t t);
dt_type_t dt_type_array(dtrace_hdl_t *dtp, dt_type_t t, uint32_t n);
dt_type_t dt_type_deref(dtrace_hdl_t *dtp, dt_type_t t);
uint32_t dt_type_nelems(dtrace_hdl_t *dtp, dt_type_t t);
bool dt_type_ischar(dtrace_hdl_t *dtp, dt_type_t t);
bool dt_type_isstrlike(dtrace_hdl_t *dtp, dt_type_t t);
int dt_type_member(dtrace_hdl_t *dtp, dt_type_t sou, const char *name, dt_type_t *mt,
		   uint64_t *bitoff);

/* dt_btf.c: kernel types on demand */
bool dt_btf_available(dtrace_hdl_t *dtp);
int dt_btf_lookup(dtrace_hdl_t *dtp, const char *name, dt_ctfid_t *out);
int dt_btf_lookup_typedef(dtrace_hdl_t *dtp, const char *name, dt_ctfid_t *out);
int dt_btf_complete(dtrace_hdl_t *dtp, dt_ctfid_t fwd);
int dt_btf_member_offset(dtrace_hdl_t *dtp, const char *sou, const char *member, uint32_t *off);
int dt_btf_func_id(dtrace_hdl_t *dtp, const char *func);
int dt_type_lookup_decl(dtrace_hdl_t *dtp, const char *decl, dt_type_t *out);
void dt_btf_fini(dtrace_hdl_t *dtp);

/* ------------------------------------------------------------------ */
/* Abstract syntax tree.                                               */

typedef enum dt_op {
	DT_OP_NONE = 0,
	/* binary */
	DT_OP_ADD, DT_OP_SUB, DT_OP_MUL, DT_OP_DIV, DT_OP_MOD,
	DT_OP_SHL, DT_OP_SHR, DT_OP_LT, DT_OP_LE, DT_OP_GT, DT_OP_GE,
	DT_OP_EQ, DT_OP_NE, DT_OP_BAND, DT_OP_BXOR, DT_OP_BOR,
	DT_OP_LAND, DT_OP_LXOR, DT_OP_LOR, DT_OP_COMMA,
	/* unary */
	DT_OP_NEG, DT_OP_PLUS, DT_OP_LNOT, DT_OP_BNOT, DT_OP_DEREF, DT_OP_ADDROF,
	DT_OP_PREINC, DT_OP_PREDEC, DT_OP_POSTINC, DT_OP_POSTDEC,
	DT_OP_SIZEOF, DT_OP_STRINGOF,
} dt_op_t;

typedef enum dt_nkind {
	DT_N_INT,      /* integer constant: value */
	DT_N_STRING,   /* string constant: str */
	DT_N_IDENT,    /* identifier: str (resolved to ident by sema) */
	DT_N_CALL,     /* function call: str (name), args */
	DT_N_UNARY,    /* op, left */
	DT_N_BINARY,   /* op, left, right */
	DT_N_TERNARY,  /* cond ? left : right */
	DT_N_ASSIGN,   /* op (DT_OP_NONE for '=', else the compound op), left, right */
	DT_N_CAST,     /* (ctype) left */
	DT_N_INDEX,    /* left[args] */
	DT_N_MEMBER,   /* left.str or left->str (op = DT_OP_DEREF for ->) */
	DT_N_STMT,     /* expression statement: left (NULL for an empty one) */
	DT_N_IF,       /* if (cond) left-statements else right-statements */
	DT_N_XLATE,    /* xlate <ctype> (left) */
	DT_N_AGG,      /* @name (str); after sema, @name[args] = right (a call), agg set */
} dt_nkind_t;

/* Where an identifier lives: D's three variable scopes. */
enum { DT_SCOPE_GLOBAL = 0, DT_SCOPE_SELF, DT_SCOPE_THIS };

struct dt_ident;

typedef struct dt_node {
	dt_nkind_t kind;
	dt_op_t op;
	int line;
	uint8_t scope;           /* DT_N_IDENT: DT_SCOPE_* */
	bool lvalue_ok;          /* set by sema: the node may be assigned */
	dt_type_t type;          /* set by sema */
	bool isconst;            /* set by sema: value/str are known */
	int64_t value;
	char *str;
	struct dt_node *left, *right, *cond;
	struct dt_node *args;    /* call arguments / subscripts (linked by next) */
	struct dt_node *next;    /* next statement or argument */
	struct dt_ident *ident;  /* set by sema for identifiers and calls */
	dt_type_t ctype;         /* DT_N_CAST: target type */
	struct dt_aggdesc *agg;  /* DT_N_AGG: set by sema */
	/*
	 * Calls of stack(), func()/sym() and mod() use ctype for what they
	 * record (DT_TK_STACK with its size, DT_TK_SYMADDR, DT_TK_MODADDR).
	 */
} dt_node_t;

/* ------------------------------------------------------------------ */
/* Identifiers.                                                        */

typedef enum dt_idkind {
	DT_IDK_BUILTIN,   /* pid, execname, arg0, ... */
	DT_IDK_GLOBAL,    /* global variable */
	DT_IDK_TLS,       /* thread-local variable (self->) */
	DT_IDK_LOCAL,     /* clause-local variable (this->) */
	DT_IDK_INLINE,    /* inline: expr is substituted where it is used */
	DT_IDK_ENUM,      /* enumerator: value */
	DT_IDK_ACTION,    /* trace, printf, exit ... */
	DT_IDK_MACRO,     /* $target, $1 .. */
} dt_idkind_t;

/* Built-in variables. */
typedef enum dt_builtin {
	DT_BI_PID, DT_BI_TID, DT_BI_PPID, DT_BI_UID, DT_BI_GID, DT_BI_EXECNAME,
	DT_BI_TIMESTAMP, DT_BI_WALLTIMESTAMP, DT_BI_CPU, DT_BI_PROBEPROV,
	DT_BI_PROBEMOD, DT_BI_PROBEFUNC, DT_BI_PROBENAME, DT_BI_ARG0,
	/* arg1 .. arg9 follow arg0 */
	DT_BI_ERRNO = DT_BI_ARG0 + 10, DT_BI_EPID, DT_BI_ID, DT_BI_CURTHREAD,
} dt_builtin_t;

/* Actions and subroutines. */
typedef enum dt_func {
	DT_ACT_TRACE, DT_ACT_PRINTF, DT_ACT_EXIT,
	DT_ACT_PRINTA, DT_ACT_TRUNC, DT_ACT_CLEAR,   /* done by the consumer */
	DT_ACT_NORMALIZE, DT_ACT_DENORMALIZE,
	DT_ACT_SETOPT,                               /* done by the consumer */
	DT_ACT_SPECULATE, DT_ACT_COMMIT, DT_ACT_DISCARD,   /* speculations: dt_spec.c */
	DT_ACT_PRINT,
	DT_ACT_TRACEMEM,
	DT_ACT_STACK, DT_ACT_SYM, DT_ACT_MOD,        /* also aggregation keys */
} dt_func_t;

/* Subroutines: calls that are expressions, allowed anywhere. */
typedef enum dt_subr {
	DT_SUB_STRLEN = 64, DT_SUB_STRJOIN, DT_SUB_COPYINSTR,
	DT_SUB_PSARGS,          /* the D library's: the current process's arguments */
	DT_SUB_SPECULATION,
	DT_SUB_SUBSTR, DT_SUB_INDEX, DT_SUB_RINDEX, DT_SUB_STRCHR, DT_SUB_STRRCHR,
	DT_SUB_STRSTR, DT_SUB_STRTOK, DT_SUB_BASENAME, DT_SUB_DIRNAME, DT_SUB_CLEANPATH,
	DT_SUB_LLTOSTR, DT_SUB_TOUPPER, DT_SUB_TOLOWER, DT_SUB_HTONS, DT_SUB_HTONL,
	DT_SUB_HTONLL, DT_SUB_NTOHS, DT_SUB_NTOHL, DT_SUB_NTOHLL, DT_SUB_INET_NTOA,
	DT_SUB_INET_NTOA6, DT_SUB_INET_NTOP,
	DT_SUB_ALLOCA, DT_SUB_BCOPY, DT_SUB_COPYIN, DT_SUB_COPYINTO, DT_SUB_RAND,
	DT_SUB_PROGENYOF,
} dt_subr_t;
#define DT_SUB_FIRST DT_SUB_STRLEN

/* The most frames the kernel gives bpf_get_stack() (perf_event_max_stack's default). */
#define DT_STACK_MAXFRAMES 127

/* Is this (cooked) node a call of an action, which may only be a statement? */
#define dt_is_action(n) ((n)->kind == DT_N_CALL && (n)->value < DT_SUB_FIRST)

typedef struct dt_ident {
	char *name;
	dt_idkind_t kind;
	int code;            /* dt_builtin_t / dt_func_t */
	dt_type_t type;
	uint32_t offset;     /* variables: offset in their storage area */
	bool defined;        /* variables: type known (declared or assigned) */
	struct dt_tlist *keys;  /* associative arrays: key types */
	int nkeys;
	struct dt_node *expr;   /* inlines: the expression */
	int64_t value;       /* enumerators */
	struct dt_ident *next;
} dt_ident_t;

/* A translator: how to make an 'out' from an 'in' named 'param'. */
typedef struct dt_xlator {
	dt_type_t out, in;
	char *param;
	struct dt_node *members;   /* DT_N_ASSIGN: str = member, right = expression */
	int line;
	struct dt_xlator *next;
} dt_xlator_t;

/* ------------------------------------------------------------------ */
/* Probes and providers.                                               */

typedef struct dt_probe dt_probe_t;
typedef struct dt_provider dt_provider_t;
typedef struct dt_attach dt_attach_t;
typedef struct dt_insnbuf dt_insnbuf_t;

/*
 * One typed argument of a probe, as DTrace describes it: args[i] has type
 * 'type' (a C spelling, resolved against D's types and the kernel's BTF
 * only when a program uses it) and holds native argument 'native' (arg0 ..
 * arg9).  When 'xlate' is set, args[i] is the translation of the native
 * value to that type (psinfo_t * from struct task_struct *, with the
 * program's translators), and 'type' is the native type translated from.
 */
typedef struct dt_argdesc {
	const char *type;       /* native type: "struct task_struct *", "int" */
	const char *xlate;      /* translated type, or NULL */
	const char *name;       /* the argument's name where the kernel has one */
	uint8_t native;         /* which argN it is taken from */
} dt_argdesc_t;

/* DTrace's stability levels and dependency classes (dtrace -lv). */
typedef enum dt_stability {
	DT_STAB_INTERNAL, DT_STAB_PRIVATE, DT_STAB_OBSOLETE, DT_STAB_EXTERNAL,
	DT_STAB_UNSTABLE, DT_STAB_EVOLVING, DT_STAB_STABLE, DT_STAB_STANDARD,
} dt_stability_t;
typedef enum dt_class {
	DT_CLASS_UNKNOWN, DT_CLASS_CPU, DT_CLASS_PLATFORM, DT_CLASS_GROUP, DT_CLASS_ISA,
	DT_CLASS_COMMON,
} dt_class_t;
typedef struct dt_attr {
	uint8_t name, data, dclass;   /* identifier names, data semantics, dependency class */
} dt_attr_t;
/* A provider's attributes: of its provider, module, function, name fields and args. */
typedef struct dt_pattr {
	dt_attr_t prov, mod, func, name, args;
} dt_pattr_t;

struct dt_probe {
	uint32_t id;
	char *prov, *mod, *func, *name;
	const dt_provider_t *pv;
	uint64_t data;          /* provider's own: syscall number, period, ... */
	uint32_t flags;         /* provider's own: entry/return, ... */
	int argc;               /* typed arguments; -1 until the provider is asked */
	dt_argdesc_t *argv;     /* argc of them (strings owned by the probe) */
	struct dt_probe *next;  /* all probes, in id order */
};

/* What a probe description names, as four (possibly glob) fields. */
typedef struct dt_pdesc {
	char *prov, *mod, *func, *name;
	char *text;             /* as written, for messages */
	int line;
	struct dt_pdesc *next;
} dt_pdesc_t;

/*
 * A provider.  Probes with the same attach key share one BPF program; its
 * prologue (emitted by gen_prologue) identifies which probe fired and fills
 * the probe context (DCTX_*).
 */
struct dt_provider {
	const char *name;
	enum bpf_prog_type prog_type;
	const dt_pattr_t *attr;  /* stability, for dtrace -lv */
	/*
	 * Fill prp->argc/argv (called once per probe, only when a program or
	 * dtrace -lv needs the types; NULL: no typed arguments).
	 */
	void (*probe_args)(dtrace_hdl_t *dtp, dt_probe_t *prp);
	/* Why the provider has no probes on this kernel (NULL: it has them). */
	const char *(*unavailable)(dtrace_hdl_t *dtp);
	/* Add the provider's probes to the table (called once, lazily). */
	int (*populate)(dtrace_hdl_t *dtp);
	/* Create probes a description names that do not exist yet (tick-N). */
	void (*provide)(dtrace_hdl_t *dtp, const dt_pdesc_t *pd);
	/* Probes with equal keys share one attach point and program. */
	uint64_t (*attach_key)(const dt_probe_t *prp);
	/* Number of local indices the prologue can produce for an attach point. */
	uint32_t (*nlocal)(const dt_attach_t *ap);
	/* The local index of a probe within its attach point. */
	uint32_t (*local_index)(const dt_probe_t *prp);
	/* Emit code that sets DCTX_PRID, DCTX_LOCAL and the arguments. */
	void (*gen_prologue)(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses);
	/* Attach the loaded program; -1 with dt_set_errmsg on failure. */
	int (*attach)(dtrace_hdl_t *dtp, dt_attach_t *ap);
	/*
	 * Optional: the later probe of the same thread at which a copyinstr()
	 * that failed at prp is retried (the page then mapped in), or NULL.
	 */
	dt_probe_t *(*retry_probe)(dtrace_hdl_t *dtp, const dt_probe_t *prp);
	/* Kernel stack frames of the probe machinery (ours included) stack() leaves out. */
	uint32_t stack_skip;
};

struct dt_attach {
	const dt_provider_t *pv;
	uint64_t key;
	dt_probe_t **probes;     /* enabled probes in this attach point */
	int nprobes;
	uint32_t nlocal;
	int prog_fd;
	int *fds;                /* links / perf event fds to close on detach */
	int nfds;
	struct bpf_insn *insns;  /* the linked program, for -S */
	size_t ninsns;
	uint32_t *epid_base;     /* per clause: first EPID of its block, 0 = not enabled */
	struct dt_attach *retry_at; /* failed copyinstr() reads are retried there */
	struct dt_attach *replays;  /* re-runs the clauses of this one that deferred */
	struct dt_attach *next;
};

/* ------------------------------------------------------------------ */
/* Instruction buffers.                                                */

struct dt_insnbuf {
	struct bpf_insn *insns;
	size_t n, cap;
};

void dt_ib_emit(dt_insnbuf_t *ib, struct bpf_insn insn);
void dt_ib_append(dt_insnbuf_t *ib, const struct bpf_insn *insns, size_t n);
void dt_ib_free(dt_insnbuf_t *ib);

/*
 * The probe context: fixed slots in the trampoline's stack frame, written by
 * the prologue and read by the clause bodies (which run in the same frame).
 */
#define DCTX_CTX     (-8)            /* the program's context pointer */
#define DCTX_PRID    (-16)           /* probe id */
#define DCTX_LOCAL   (-24)           /* local index within the attach point */
#define DCTX_EPID    (-32)           /* enabled probe id of the running clause */
#define DCTX_ERRNO   (-40)           /* errno (syscall return) */
#define DCTX_ARG(i)  (-120 + 8 * (i)) /* arg0 .. arg9 */
#define DCTX_RETRY   (-128)          /* copyinstr() retries (below) */
#define DCTX_STRTOK  (-136)          /* where strtok(NULL, ...) goes on, + 1; 0: nowhere */
#define DCTX_SIZE    136             /* clause spill slots start below this */

/*
 * copyinstr() of a user page that is not mapped in yet.  Probe context
 * cannot take page faults, so bpf_probe_read_user_str() fails on a page
 * the process has not touched (a cold data page, a swapped-out one) as it
 * does on a bad address.  Where a provider names a later probe of the same
 * thread at which the kernel has itself read the page (a syscall's return:
 * the kernel copied the string in), the clause is not reported as faulting:
 * the rest of the firing, from that clause on, is run again there with the
 * saved probe context, and only if the read fails again is it a fault.  The
 * code is in dt_cg.c (cg_copyinstr, cg_emit_defer_stub) and dt_link.c
 * (dt_emit_replay).
 *
 * DCTX_RETRY: 1 where a failed read may be retried later, 0 where it is a
 * fault; N >= 2 while re-running clauses, from clause index N - 2 on.
 * The thread's saved state, in the DT_MAP_DEFER task storage:
 */
#define DT_DEFER_CLAUSE 0        /* the clause index + 1 to resume from; 0: none */
#define DT_DEFER_MM     8        /* task->mm when it was saved */
#define DT_DEFER_PRID   16       /* the probe context: DCTX_PRID, DCTX_LOCAL, args */
#define DT_DEFER_LOCAL  24
#define DT_DEFER_FREC   32       /* the fault record (32 bytes), if it cannot be retried */
#define DT_DEFER_ARGS   64
#define DT_DEFER_TS     144      /* timestamp of the firing (its CPU: in the fault record) */
#define DT_DEFER_THIS   152      /* the firing's this-> variables */
#define DT_GLOBAL_DEFERRED 8     /* global map: threads with a retry pending */
/*
 * While clauses run again, their timestamp and CPU are the firing's: the
 * retry keeps them in these frame slots, below the deepest a clause uses.
 */
#define DT_FRAME_CLAUSE_MAX 312
#define DCTX_REPLAY_TS  (-(DT_FRAME_CLAUSE_MAX + 8))
#define DCTX_REPLAY_CPU (-(DT_FRAME_CLAUSE_MAX + 16))

/* The kinds of drops programs count, per CPU (keys of the drops map). */
#define DT_DROP_RECORD  0        /* a full ring buffer */
#define DT_DROP_DYNVAR  1        /* no room for an associative array element */
#define DT_DROP_AGG     2        /* no room for an aggregation's key */
#define DT_DROP_SPEC    3        /* a speculation's specsize was reached */
#define DT_DROP_SPECBUSY 4       /* speculation() found every buffer busy being cleaned */
#define DT_DROP_SPECUNAVAIL 5    /* speculation() found every buffer in use */
#define DT_DROP_NKINDS  6

/* What a clause uses, so prologues compute only that. */
#define DT_USES_ARGS    0x01
#define DT_USES_ERRNO   0x02
#define DT_USES_PROBESTR 0x04
#define DT_USES_TLS     0x08     /* self-> variables: the thread's storage */
#define DT_USES_STRTOK  0x10     /* strtok(): DCTX_STRTOK starts at 0 */

/* ------------------------------------------------------------------ */
/* Records: how the consumer decodes what a clause writes.             */

/* Each record in the ring buffer starts with this header. */
typedef struct dt_rechdr {
	uint32_t epid;
	uint32_t cpu;
} dt_rechdr_t;

/* One datum of an action: recorded (offset/size) or known at compile time. */
typedef struct dt_datum {
	dt_type_t type;
	bool isconst;
	int64_t value;     /* constant integer */
	const char *str;   /* constant string */
	uint32_t offset;   /* recorded: offset in the record (after the header) */
	uint32_t size;     /* recorded: bytes */
} dt_datum_t;

typedef struct dt_actdesc {
	dt_func_t kind;
	int index;               /* position in the clause (its bit in an action mask) */
	int line;
	dt_datum_t *data;
	int ndata;
	struct dt_pfargv *pfv;   /* printf, printa: the parsed format */
	struct dt_aggdesc **aggs; /* printa, trunc, clear: the aggregations */
	int naggs;
	struct dt_actdesc *next;
} dt_actdesc_t;

/* ------------------------------------------------------------------ */
/* Aggregations.                                                       */

/* The aggregating functions. */
typedef enum dt_aggfunc {
	DT_AGG_COUNT, DT_AGG_SUM, DT_AGG_AVG, DT_AGG_MIN, DT_AGG_MAX, DT_AGG_STDDEV,
	DT_AGG_QUANTIZE, DT_AGG_LQUANTIZE, DT_AGG_LLQUANTIZE,
} dt_aggfunc_t;

/*
 * quantize() buckets: 0 for the most negative power of two .. 63 for zero
 * .. 126 for 2^62; bucket i > 63 holds [2^(i-64), 2^(i-63)), i < 63 the
 * mirror image on the negative side.
 */
#define DT_QUANTIZE_NBUCKETS 127
#define DT_QUANTIZE_ZERO     63

/*
 * An aggregation: one BPF per-CPU hash map, keyed like an associative
 * array (8 bytes per integer key, strsize per string key, zero padded; a
 * single 8-byte 0 when there are no keys) and valued by an array of
 * 64-bit words whose layout depends on the function:
 *   count: [count]        sum: [sum]          avg: [count, sum]
 *   min: [count, min]     max: [count, max]   (a value is valid once count > 0)
 *   stddev: [count, sum, sum of squares low 64 bits, high 64 bits]
 *   quantize: [DT_QUANTIZE_NBUCKETS counts]
 *   lquantize: [nbuckets counts]: 0 is < base, 1 .. nbuckets - 2 are
 *     base + (i - 1) * step, nbuckets - 1 is >= limit
 *   llquantize: [nbuckets counts] (see dt_agg_llq_*)
 * Each CPU's slot is updated in place; user space sums the CPUs' slots.
 *
 * An aggregation without keys is a one-slot per-CPU array instead (key: a
 * 4-byte 0), which the verifier turns into a few instructions rather than
 * a hash lookup; its value has one more word, last, set to 1 on every
 * update: an array slot always exists, and that word tells an aggregation
 * that has data (even a zero sum) from one that has none.
 */
#define dt_agg_vwords(ap) ((ap)->nwords + ((ap)->nkeys == 0))
typedef struct dt_aggdesc {
	char *name;             /* "@" or "@name" */
	int id;                 /* in order of first use; printed in that order */
	dt_aggfunc_t func;
	int nkeys;
	dt_type_t *keys;        /* key types: integers (any size) or string (size: its
				 * bytes in the key, as wide as the widest string any
				 * use can give; 0 for strsize) */
	uint32_t ksize;         /* map key bytes */
	uint32_t nwords;        /* map value: 64-bit words */
	int64_t base, limit, step;   /* lquantize (llquantize: factor, low, high, nsteps in arg[]) */
	int64_t arg[4];
	int map_fd;
	int line;               /* of its first use, for messages */
	bool printed;           /* by printa(): not printed again at exit */
	int64_t normal;         /* normalize( )'s divisor for what is shown (0: 1) */
	bool generated;         /* code uses its key layout: keys can no longer widen */
	struct dt_aggdesc *next;
} dt_aggdesc_t;

/* dt_aggregate.c: read every CPU's values, merge, sort, print (at exit). */
int dt_agg_print_all(dtrace_hdl_t *dtp, FILE *fp);
/* printa(): aggs[0] .. aggs[naggs - 1] (same keys), with a format or not. */
int dt_agg_printa(dtrace_hdl_t *dtp, FILE *fp, dt_aggdesc_t *const *aggs, int naggs,
		  const struct dt_pfargv *pfv);
/* trunc(@a, n): keep the n largest (n < 0: the -n smallest); n = 0 removes all. */
int dt_agg_trunc(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap, int64_t n);
/* normalize(@a, n): values are shown divided by n; denormalize is n = 1. */
void dt_agg_normalize(dt_aggdesc_t *ap, int64_t n);
/* clear(@a): zero every value, keeping the keys. */
int dt_agg_clear(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap);
/* llquantize(): buckets for arg[] = factor, low, high, nsteps; a value's bucket */
uint32_t dt_agg_llq_nbuckets(const int64_t arg[4]);
uint32_t dt_agg_llq_bucket(const int64_t arg[4], int64_t value);

/* ------------------------------------------------------------------ */
/* Clauses and programs.                                               */

/* Where a clause's code for one D source line starts (for -S). */
typedef struct dt_srcline {
	uint32_t insn;          /* index into the clause's code */
	int line;               /* source line; 0 for the clause's record */
} dt_srcline_t;

typedef struct dt_clause {
	int idx;                /* clause index in the handle (program order) */
	int line;
	dt_pdesc_t *descs;
	dt_node_t *pred;
	dt_node_t *body;        /* DT_N_STMT list */
	/* from sema */
	dt_probe_t **probes;    /* matched probes */
	int nprobes;
	uint32_t uses;          /* DT_USES_* */
	/* from cg */
	dt_insnbuf_t code;      /* body, position-independent, falls through at end */
	dt_actdesc_t *acts;
	uint32_t reclen;        /* record size, header included */
	bool records;           /* writes a record when it fires */
	bool exits;             /* calls exit() */
	bool actmask;           /* the record starts with a mask of the actions that ran */
	bool specword;          /* the record starts with a speculation word (dt_spec.c) */
	bool defers;            /* a failed copyinstr() may be retried later (DCTX_RETRY) */
	const char *srcname;
	const char *src;        /* the program's text, for -S */
	dt_srcline_t *lines;    /* code of each source line, in code order */
	int nlines;
	struct dt_clause *next;
} dt_clause_t;

struct dt_program {
	dt_clause_t *clauses;   /* of this program, in order */
	int nclauses;
	unsigned int matches;
	struct dt_program *next;
};

/* ------------------------------------------------------------------ */
/* The handle.                                                         */

typedef struct dt_epid {
	dt_clause_t *clause;
	dt_probe_t *probe;
} dt_epid_t;

typedef struct dt_strtab {
	char *data;
	size_t len, cap;
} dt_strtab_t;

struct dtrace_hdl {
	char errmsg[1024];
	/* options */
	bool quiet;
	bool errtags;
	bool zdefs;                  /* -Z: descriptions may match no probe */
	bool bpflog;
	bool verbose;
	uint64_t strsize;
	uint64_t bufsize;
	pid_t target;
	int macro_argc;
	char **macro_argv;
	/* macro variables (dt_macro.c) and the preprocessor (dt_cpp.c) */
	const char *progname;        /* the command's argv[0]: $0 of -n, $progname */
	bool *macro_ref;             /* per argument: used by the program being compiled */
	bool defaultargs;            /* missing arguments are 0 / "" */
	bool argref;                 /* arguments need not be used */
	bool cpp, cpphdrs;           /* -C, -H */
	char *cpp_path;
	char **cpp_argv;             /* -D, -U, -I in command-line order */
	int cpp_argc;
	const char *cur_file;        /* file of the last line marker (NULL: the script) */
	/* compiler */
	struct ctf_dict *ctf;        /* D types: native, declared, and copied from BTF */
	dt_ctfid_t str_ctf;          /* D's string as char[strsize], once needed */
	struct dt_btf *kbtf;         /* the kernel's BTF, once a program names a kernel type */
	const char *cur_name;        /* script name or -n text being compiled */
	dtrace_probespec_t cur_spec;
	const char *cur_region;      /* "predicate" / "action list" while checked */
	dt_ident_t *globals;         /* globals, inlines, enumerators */
	dt_ident_t *tls;             /* self-> variables */
	dt_ident_t *locals;          /* this-> variables */
	dt_xlator_t *xlators;
	uint32_t global_size;        /* bytes of global storage (header included) */
	uint32_t tls_size;           /* bytes of a thread's self-> storage */
	uint32_t nassoc;             /* associative arrays (each has a map) */
	dt_aggdesc_t *aggs;          /* aggregations, in order of first use */
	int naggs;
	uint32_t zero_size;          /* bytes of zeros programs read (unset elements) */
	bool need_scratch;           /* a clause calls alloca(), copyin() ... */
	uint64_t dynvarsize;         /* bytes for associative array elements */
	uint64_t aggsize;            /* bytes for each aggregation's keys and values */
	bool aggsortkey, aggsortrev; /* how aggregations are sorted for printing */
	int64_t aggsortpos;          /* printa( ) of several: the one sorted by first */
	int64_t aggsortkeypos;       /* the key compared first */
	bool aggpercpu;              /* print each CPU's value under the total */
	bool dlib_loaded;            /* the D library has been compiled */
	uint64_t aggrate, switchrate, statusrate; /* nanoseconds */
	uint64_t dynvar_drops;       /* reported so far */
	uint64_t *agg_drops;         /* reported so far, per CPU */
	uint32_t local_size;         /* bytes of this-> storage */
	dt_clause_t *clauses;        /* every clause, in program order */
	dt_clause_t **clause_tail;
	int nclauses;
	struct dt_program *programs;
	dt_strtab_t strtab;          /* string constants used in probe context */
	struct dt_chunk *arena;      /* AST storage, freed at close */
	/* probes */
	dt_probe_t *probes, **probe_tail;
	dt_probe_t **probe_by_id;
	uint32_t nprobe_ids;
	uint32_t next_probe_id;
	uint32_t populated;          /* bit per provider index */
	/* loaded state */
	dt_attach_t *attaches;
	dt_epid_t *epids;
	uint32_t nepids;
	int map_global, map_buf, map_rb, map_drops, map_strtab, map_guard, map_pdesc, map_tls;
	int map_zero, map_defer;
	uint32_t defer_size;         /* value size of map_defer (0: no clause defers) */
	struct btf *defer_btf;
	int map_scratch;             /* made when a clause allocates scratch memory */
	int *map_assoc;              /* nassoc hash maps */
	bool tls_arrays;             /* the program has self-> associative arrays */
	uint32_t tls_arrays_off;     /* ... and the threads that made elements say so here */
	int selfarr_prog, selfarr_link; /* removes an exiting thread's elements (dt_selfarr.c) */
	struct btf *tls_btf;         /* the BTF the task storage map needs for its types */
	uint32_t buf_size;
	int tracefs_mounted_by_us;
	struct ring_buffer *rb;
	int epfd;
	int *watch_fds;		/* pidfd; DT_WATCH_EXITED, DT_WATCH_POLLED */
	pid_t *watch_pids;
	int nwatch;
	uint64_t *drops;             /* per CPU: drops already reported */
	/* speculations (dt_spec.c) */
	uint64_t nspec, specsize, cleanrate;   /* options */
	bool uses_spec;              /* a clause calls speculation(), speculate(), commit() or discard() */
	int map_spec, map_specbytes;
	uint64_t *spec_words;        /* the state map, mapped: one word per speculation id */
	struct dt_spec_held *spec_held; /* per id: records held until commit or discard */
	uint64_t spec_drops[3];      /* reported so far: speculative, busy, unavailable */
	/* run state */
	bool loaded, started, stopped, stop_requested, exited;
	int exit_status;
	bool printed_header;
	bool printed_data;
	FILE *out;
	uint64_t wall_offset;        /* realtime - monotonic, for walltimestamp */
	uint32_t task_off_parent;    /* task_struct offsets from BTF (ppid) */
	uint32_t task_off_tgid;
	uint32_t task_off_mm;
	/* kernel stacks and symbols */
	uint64_t stackframes;        /* stack()'s default depth */
	uint64_t stackindent;        /* spaces before each printed frame */
	struct dt_ksyms *ksyms;      /* /proc/kallsyms, loaded when first needed */
};

/* dt_open.c / dt_error.c */
void dt_set_errmsg(dtrace_hdl_t *dtp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void *dt_zalloc(size_t n);
char *dt_strdup(const char *s);
void *dt_realloc(void *p, size_t n);
uint32_t dt_strtab_add(dt_strtab_t *st, const char *s);

void dt_compile_error(dtrace_hdl_t *dtp, int line, dt_errtag_t tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* dt_probe.c */
extern const dt_provider_t dt_prov_dtrace, dt_prov_profile, dt_prov_syscall, dt_prov_sdt,
	dt_prov_fbt;
extern const dt_provider_t dt_prov_proc;
extern const dt_provider_t dt_prov_sched, dt_prov_io;
/* dt_prov_sdt.c: attach an attach point's program to a raw tracepoint. */
int dt_sdt_attach_raw(dtrace_hdl_t *dtp, dt_attach_t *ap, const char *tp);
bool dt_provider_exists(const char *name);
int64_t dt_time_unit(const char *suffix);

/* dt_dlib.c: the D library (psinfo_t, curpsinfo, ...), compiled on first use. */
bool dt_dlib_wanted(const char *text, size_t len);
const char *dt_dlib_source(size_t *len);
/* Compile the library now if it is not yet (0, or -1 with the error set). */
int dt_dlib_require(dtrace_hdl_t *dtp);
dt_probe_t *dt_probe_create(dtrace_hdl_t *dtp, const dt_provider_t *pv, const char *mod,
			    const char *func, const char *name, uint64_t data, uint32_t flags);
dt_probe_t *dt_probe_create_id(dtrace_hdl_t *dtp, uint32_t id, const dt_provider_t *pv,
			       const char *mod, const char *func, const char *name,
			       uint64_t data, uint32_t flags);
dt_probe_t *dt_probe_by_id(dtrace_hdl_t *dtp, uint32_t id);
void dt_probe_free(dt_probe_t *prp);
int dt_probe_match(dtrace_hdl_t *dtp, const dt_pdesc_t *pd, dt_probe_t ***out, int *nout);
int dt_pdesc_parse(dtrace_hdl_t *dtp, const char *text, int line, dt_pdesc_t **out, char *err,
		   size_t errlen);
bool dt_glob_match(const char *pattern, const char *s);
int dt_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp);
/* dt_btf.c: a kernel tracepoint's arguments, from btf_trace_NAME */
int dt_btf_tracepoint_args(dtrace_hdl_t *dtp, const char *tp, dt_argdesc_t **argv);
void dt_probe_set_args(dt_probe_t *prp, int argc, const dt_argdesc_t *argv);
const dt_provider_t *dt_provider_lookup(const char *name);

/* providers/dt_prov_dtrace.c: run BEGIN, END or ERROR's program (args: ERROR's). */
int dt_dtrace_fire(dtrace_hdl_t *dtp, const char *name, const uint64_t args[6]);

/* dt_macro.c */
struct dt_pcb;
int dt_macro_node(dtrace_hdl_t *dtp, dt_node_t *n);
int dt_macro_pdesc(dtrace_hdl_t *dtp, const char *field, char **out);
void dt_macro_begin(dtrace_hdl_t *dtp);
int dt_macro_check_unused(dtrace_hdl_t *dtp, int line);
int dt_macro_setopt(dtrace_hdl_t *dtp, const char *name, const char *value);

/* dt_cpp.c */
int dt_cpp_setopt(dtrace_hdl_t *dtp, const char *name, const char *value);
int dt_cpp_run(dtrace_hdl_t *dtp, const char *text, size_t len, char **out, size_t *outlen);
void dt_cpp_fini(dtrace_hdl_t *dtp);
int dt_lex_control(struct dt_pcb *pcb, const char *text, int line, int *newline,
		   const char **pragma);

/* dt_tracefs.c */
const char *dt_tracefs(dtrace_hdl_t *dtp);
bool dt_tracefs_event_exists(dtrace_hdl_t *dtp, const char *group, const char *event);
/* split a format file's "field:TYPE NAME;" line */
int dt_tp_format_field(char *line, char **type, char **name);

/* dt_sema.c */
int dt_sema_clause(dtrace_hdl_t *dtp, dt_clause_t *clp);
int dt_sema_const(dtrace_hdl_t *dtp, dt_node_t *n, int64_t *v);
int dt_sema_inline(dtrace_hdl_t *dtp, dt_node_t *e, dt_type_t t, int line, const char *name);
int dt_sema_xlator_member(dtrace_hdl_t *dtp, dt_node_t *m, const char *param, dt_type_t in,
			  dt_type_t mt);

/* dt_ident.c: the identifier tables (global, self->, this->) */
dt_ident_t *dt_ident_find(dtrace_hdl_t *dtp, dt_idkind_t kind, const char *name);
dt_ident_t *dt_ident_new(dtrace_hdl_t *dtp, dt_idkind_t kind, const char *name);
uint32_t dt_ident_keysize(dtrace_hdl_t *dtp, const dt_ident_t *idp);
bool dt_builtin_exists(const char *name);   /* dt_sema.c */
void dt_ident_define(dtrace_hdl_t *dtp, dt_ident_t *idp, dt_type_t t);
uint32_t dt_ident_storage(dtrace_hdl_t *dtp, dt_type_t t);
uint32_t dt_ident_local_max(void);

/* dt_cg.c */
int dt_cg_clause(dtrace_hdl_t *dtp, dt_clause_t *clp);
uint32_t dt_cg_buf_size(void);
uint32_t dt_cg_scratch_map_size(void);

/* dt_selfarr.c */
int dt_selfarr_load(dtrace_hdl_t *dtp);
void dt_selfarr_unload(dtrace_hdl_t *dtp);

/* dt_link.c */
int dt_link_load(dtrace_hdl_t *dtp);
void dt_detach(dtrace_hdl_t *dtp);
void dt_unload(dtrace_hdl_t *dtp);
void dt_attach_add_fd(dt_attach_t *ap, int fd);

/* dt_bytes.c: bytes without a scalar type, as a string or a hex dump */
void dt_print_bytes(FILE *fp, const void *addr, size_t n, int width, bool quiet);
void dt_print_rawbytes(FILE *fp, const void *addr, size_t n);

/* dt_print.c: print( ): a recorded value shown with its type */
void dt_print_typed(dtrace_hdl_t *dtp, FILE *fp, dt_type_t t, const void *addr, size_t size);
void dt_print_prepare(dtrace_hdl_t *dtp, dt_type_t t);   /* at compile time */

/* dt_consume.c */
int dt_consume_record(dtrace_hdl_t *dtp, const void *data, size_t size);
void dt_consume_print(dtrace_hdl_t *dtp, const void *rec, size_t size);
void dt_report_drops(dtrace_hdl_t *dtp);

/* dt_spec.c: speculations */
#define DT_EPID_SPEC 0xfffffffeu  /* a discard notice record (dt_spec.c) */
#define DT_NSPEC_MAX 1024
/* A speculation's state word in DT_MAP_SPEC: state in bits 0-7, generation above. */
#define DT_SPEC_INACTIVE   0
#define DT_SPEC_ACTIVE     1
#define DT_SPEC_COMMITTING 2
#define DT_SPEC_DISCARDING 3
/*
 * A record's speculation word: 0, or the speculation id in bits 0-31, the
 * low 24 bits of its generation in bits 32-55 and what it is in bits 56-63.
 */
#define DT_SPECOP_DATA    1ull   /* data held for the speculation */
#define DT_SPECOP_COMMIT  2ull   /* the committing clause's record: print what is held */
#define DT_SPECOP_SENT    3ull   /* (in the buffer only) the record went out at commit() */
#define DT_SPECOP_DISCARD 4ull   /* a discard notice */
#define DT_SPECOP_COMMIT2 5ull   /* a further commit() in the clause: print only what is held */
#define DT_SPECOP_SHIFT   56
int dt_spec_check_clause(dtrace_hdl_t *dtp, dt_clause_t *clp);
int dt_spec_create_maps(dtrace_hdl_t *dtp);
void dt_spec_unload(dtrace_hdl_t *dtp);
bool dt_spec_consume(dtrace_hdl_t *dtp, const dt_clause_t *clp, const void *rec, size_t size);
void dt_spec_notice(dtrace_hdl_t *dtp, const void *rec, size_t size);
void dt_spec_report_drops(dtrace_hdl_t *dtp, const uint64_t sums[DT_DROP_NKINDS]);
int dt_spec_poll_timeout(const dtrace_hdl_t *dtp);
/* dt_ksyms.c: kernel addresses as symbols (module`function+0xoffset) */
typedef struct dt_ksyminfo {
	const char *name, *mod;
	uint64_t addr;               /* the symbol's */
	int modidx;
} dt_ksyminfo_t;
int dt_ksym_lookup(dtrace_hdl_t *dtp, uint64_t addr, dt_ksyminfo_t *out);
void dt_ksym_addr2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len);
void dt_ksym_sym2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len);
void dt_ksym_mod2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len);
/* The address func()/sym() (or mod(), bymod) keys are grouped by. */
uint64_t dt_ksym_normalize(dtrace_hdl_t *dtp, uint64_t addr, bool bymod);
/*
 * stack() records one frame more than its depth, for the frame a
 * tracepoint's iterator may add on top: canon removes that frame and
 * clears the frames past depth, so that equal stacks are equal.
 */
void dt_ksym_stack_canon(dtrace_hdl_t *dtp, uint64_t *pcs, uint32_t n, uint32_t depth);
/* A newline, then each frame up to the first 0 on its own indented line. */
void dt_ksym_print_stack(dtrace_hdl_t *dtp, FILE *fp, const uint64_t *pcs, uint32_t n);
void dt_ksyms_fini(dtrace_hdl_t *dtp);

/* dt_ast.c: AST nodes, clauses and their strings live in the handle's arena. */
void *dt_alloc(dtrace_hdl_t *dtp, size_t n);
char *dt_astrdup(dtrace_hdl_t *dtp, const char *s);
dt_node_t *dt_node_new(dtrace_hdl_t *dtp, dt_nkind_t kind, int line);
void dt_arena_free(dtrace_hdl_t *dtp);

#endif /* DT_IMPL_H */
