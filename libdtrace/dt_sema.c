/*
 * dt_sema.c -- the semantic pass: match each clause's probe descriptions,
 * resolve identifiers, give every expression its type with C's conversion
 * rules, fold constants, and reject what D forbids, with DTrace's wording.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"
#include "dt_decl.h"

typedef struct dt_builtin_desc {
	const char *name;
	int code;
	dt_type_t type;
	uint32_t uses;
} dt_builtin_desc_t;

#define T_INT { .kind = DT_TK_INT, .size = 4, .sign = true }
#define T_UINT { .kind = DT_TK_INT, .size = 4 }
#define T_LONG { .kind = DT_TK_INT, .size = 8, .sign = true }
#define T_ULONG { .kind = DT_TK_INT, .size = 8 }
#define T_STR { .kind = DT_TK_STRING }

static const dt_builtin_desc_t dt_builtins[] = {
	{ "pid", DT_BI_PID, T_INT, 0 },
	{ "tid", DT_BI_TID, T_INT, 0 },
	{ "ppid", DT_BI_PPID, T_INT, 0 },
	{ "uid", DT_BI_UID, T_UINT, 0 },
	{ "gid", DT_BI_GID, T_UINT, 0 },
	{ "execname", DT_BI_EXECNAME, T_STR, 0 },
	{ "timestamp", DT_BI_TIMESTAMP, T_ULONG, 0 },
	{ "walltimestamp", DT_BI_WALLTIMESTAMP, T_LONG, 0 },
	{ "cpu", DT_BI_CPU, T_INT, 0 },
	{ "probeprov", DT_BI_PROBEPROV, T_STR, DT_USES_PROBESTR },
	{ "probemod", DT_BI_PROBEMOD, T_STR, DT_USES_PROBESTR },
	{ "probefunc", DT_BI_PROBEFUNC, T_STR, DT_USES_PROBESTR },
	{ "probename", DT_BI_PROBENAME, T_STR, DT_USES_PROBESTR },
	{ "arg0", DT_BI_ARG0 + 0, T_LONG, DT_USES_ARGS },
	{ "arg1", DT_BI_ARG0 + 1, T_LONG, DT_USES_ARGS },
	{ "arg2", DT_BI_ARG0 + 2, T_LONG, DT_USES_ARGS },
	{ "arg3", DT_BI_ARG0 + 3, T_LONG, DT_USES_ARGS },
	{ "arg4", DT_BI_ARG0 + 4, T_LONG, DT_USES_ARGS },
	{ "arg5", DT_BI_ARG0 + 5, T_LONG, DT_USES_ARGS },
	{ "arg6", DT_BI_ARG0 + 6, T_LONG, DT_USES_ARGS },
	{ "arg7", DT_BI_ARG0 + 7, T_LONG, DT_USES_ARGS },
	{ "arg8", DT_BI_ARG0 + 8, T_LONG, DT_USES_ARGS },
	{ "arg9", DT_BI_ARG0 + 9, T_LONG, DT_USES_ARGS },
	{ "errno", DT_BI_ERRNO, T_INT, DT_USES_ERRNO },
	{ "epid", DT_BI_EPID, T_UINT, 0 },
	{ "id", DT_BI_ID, T_UINT, 0 },
	{ "curthread", DT_BI_CURTHREAD, T_ULONG, 0 },   /* typed from BTF when used */
};

typedef struct dt_func_desc {
	const char *name;
	int code;               /* dt_func_t or dt_subr_t */
	int minargs, maxargs;
} dt_func_desc_t;

static const dt_func_desc_t dt_funcs[] = {
	{ "trace", DT_ACT_TRACE, 1, 1 },
	{ "printf", DT_ACT_PRINTF, 1, 64 },
	{ "exit", DT_ACT_EXIT, 1, 1 },
	{ "printa", DT_ACT_PRINTA, 1, 64 },
	{ "trunc", DT_ACT_TRUNC, 1, 2 },
	{ "clear", DT_ACT_CLEAR, 1, 1 },
	{ "normalize", DT_ACT_NORMALIZE, 2, 2 },
	{ "denormalize", DT_ACT_DENORMALIZE, 1, 1 },
	{ "setopt", DT_ACT_SETOPT, 1, 2 },
	{ "strlen", DT_SUB_STRLEN, 1, 1 },
	{ "strjoin", DT_SUB_STRJOIN, 2, 2 },
	{ "copyinstr", DT_SUB_COPYINSTR, 1, 2 },
	{ "__psargs", DT_SUB_PSARGS, 2, 2 },        /* for the D library's pr_psargs */
	{ "speculate", DT_ACT_SPECULATE, 1, 1 },
	{ "commit", DT_ACT_COMMIT, 1, 1 },
	{ "discard", DT_ACT_DISCARD, 1, 1 },
	{ "speculation", DT_SUB_SPECULATION, 0, 0 },
	{ "print", DT_ACT_PRINT, 1, 1 },
	{ "substr", DT_SUB_SUBSTR, 2, 3 },
	{ "index", DT_SUB_INDEX, 2, 3 },
	{ "rindex", DT_SUB_RINDEX, 2, 3 },
	{ "strchr", DT_SUB_STRCHR, 2, 2 },
	{ "strrchr", DT_SUB_STRRCHR, 2, 2 },
	{ "strstr", DT_SUB_STRSTR, 2, 2 },
	{ "strtok", DT_SUB_STRTOK, 2, 2 },
	{ "basename", DT_SUB_BASENAME, 1, 1 },
	{ "dirname", DT_SUB_DIRNAME, 1, 1 },
	{ "cleanpath", DT_SUB_CLEANPATH, 1, 1 },
	{ "lltostr", DT_SUB_LLTOSTR, 1, 2 },
	{ "toupper", DT_SUB_TOUPPER, 1, 1 },
	{ "tolower", DT_SUB_TOLOWER, 1, 1 },
	{ "htons", DT_SUB_HTONS, 1, 1 },
	{ "htonl", DT_SUB_HTONL, 1, 1 },
	{ "htonll", DT_SUB_HTONLL, 1, 1 },
	{ "ntohs", DT_SUB_NTOHS, 1, 1 },
	{ "ntohl", DT_SUB_NTOHL, 1, 1 },
	{ "ntohll", DT_SUB_NTOHLL, 1, 1 },
	{ "inet_ntoa", DT_SUB_INET_NTOA, 1, 1 },
	{ "inet_ntoa6", DT_SUB_INET_NTOA6, 1, 1 },
	{ "inet_ntop", DT_SUB_INET_NTOP, 2, 2 },
	{ "tracemem", DT_ACT_TRACEMEM, 2, 64 },   /* more than 3: its own message */
	{ "alloca", DT_SUB_ALLOCA, 1, 1 },
	{ "bcopy", DT_SUB_BCOPY, 3, 3 },
	{ "copyin", DT_SUB_COPYIN, 2, 2 },
	{ "copyinto", DT_SUB_COPYINTO, 3, 3 },
	{ "rand", DT_SUB_RAND, 0, 0 },
	{ "progenyof", DT_SUB_PROGENYOF, 1, 1 },
	{ "stack", DT_ACT_STACK, 0, 1 },
	{ "func", DT_ACT_SYM, 1, 1 },
	{ "sym", DT_ACT_SYM, 1, 1 },
	{ "mod", DT_ACT_MOD, 1, 1 },
};

/*
 * The string subroutines' prototypes, as DTrace declares them: each
 * argument's type as messages name it ("const char *" takes strings, char
 * arrays and char pointers; a pointer type takes pointers and integers;
 * other names take integers) and the result's type.
 */
static const struct dt_subr_proto {
	int code;
	const char *args[3];
	const char *ret;
} dt_subr_protos[] = {
	{ DT_SUB_SUBSTR, { "const char *", "int", "int" }, "string" },
	{ DT_SUB_INDEX, { "const char *", "const char *", "int" }, "int" },
	{ DT_SUB_RINDEX, { "const char *", "const char *", "int" }, "int" },
	{ DT_SUB_STRCHR, { "const char *", "char" }, "string" },
	{ DT_SUB_STRRCHR, { "const char *", "char" }, "string" },
	{ DT_SUB_STRSTR, { "const char *", "const char *" }, "string" },
	{ DT_SUB_STRTOK, { "const char *", "const char *" }, "string" },
	{ DT_SUB_BASENAME, { "const char *" }, "string" },
	{ DT_SUB_DIRNAME, { "const char *" }, "string" },
	{ DT_SUB_CLEANPATH, { "const char *" }, "string" },
	{ DT_SUB_LLTOSTR, { "int64_t", "int" }, "string" },
	{ DT_SUB_TOUPPER, { "const char *" }, "string" },
	{ DT_SUB_TOLOWER, { "const char *" }, "string" },
	{ DT_SUB_HTONS, { "uint16_t" }, "uint16_t" },
	{ DT_SUB_HTONL, { "uint32_t" }, "uint32_t" },
	{ DT_SUB_HTONLL, { "uint64_t" }, "uint64_t" },
	{ DT_SUB_NTOHS, { "uint16_t" }, "uint16_t" },
	{ DT_SUB_NTOHL, { "uint32_t" }, "uint32_t" },
	{ DT_SUB_NTOHLL, { "uint64_t" }, "uint64_t" },
	{ DT_SUB_INET_NTOA, { "ipaddr_t *" }, "string" },
	{ DT_SUB_INET_NTOA6, { "in6_addr_t *" }, "string" },
	{ DT_SUB_INET_NTOP, { "int", "void *" }, "string" },
};

typedef struct dt_sema {
	dtrace_hdl_t *dtp;
	dt_clause_t *clp;       /* NULL outside clauses (constant expressions, inlines) */
	bool in_pred;
	bool lvalue;            /* the node being cooked is assigned to */
	const char *lvop;       /* the assignment operator, while its left side is cooked */
	int depth;              /* inline expansion depth */
	int nest;               /* expression nesting depth of dt_cook() */
	long ncopied;           /* nodes copied by inline and translator expansion */
} dt_sema_t;

/*
 * The semantic pass and the code generator walk expressions recursively:
 * deeper expressions (a sum of thousands of terms is a left-leaning tree
 * that deep) are refused rather than overflowing the stack.
 */
#define DT_SEMA_MAXNEST 1000

/*
 * Each use of an inline or a translator member expands (copies and cooks)
 * its expression, so definitions built from the one before, used twice
 * each, expand exponentially.  The nodes one clause or one definition may
 * copy are bounded; since a copy is at most as large as what was copied
 * before it, this bounds the work too.
 */
#define DT_SEMA_MAXCOPY 100000

static int dt_cook(dt_sema_t *sp, dt_node_t *n);
static int dt_xlate_member(dt_sema_t *sp, dt_node_t *n);
static bool dt_is_args(dt_sema_t *sp, const dt_node_t *n);
static int dt_args_rewrite(dt_sema_t *sp, dt_node_t *n);
static bool dt_is_keyfunc(const dt_node_t *n);

static int
dt_err(dt_sema_t *sp, const dt_node_t *n, dt_errtag_t tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int
dt_err(dt_sema_t *sp, const dt_node_t *n, dt_errtag_t tag, const char *fmt, ...)
{
	char msg[800];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	dt_compile_error(sp->dtp, n ? n->line : sp->clp ? sp->clp->line : 0, tag, "%s", msg);
	return -1;
}

#define TNAME(t, b) dt_type_name(sp->dtp, (t), (b), sizeof(b))

/* Truncate a value to its type, as a store of that type would. */
static int64_t
dt_norm(int64_t v, dt_type_t t)
{
	if (t.kind != DT_TK_INT)
		return v;
	switch (t.size) {
	case 1: return t.sign ? (int64_t)(int8_t)v : (int64_t)(uint8_t)v;
	case 2: return t.sign ? (int64_t)(int16_t)v : (int64_t)(uint16_t)v;
	case 4: return t.sign ? (int64_t)(int32_t)v : (int64_t)(uint32_t)v;
	default: return v;
	}
}

static bool
dt_isint(const dt_node_t *n)
{
	return n->type.kind == DT_TK_INT;
}

static bool
dt_isptr(const dt_node_t *n)
{
	return n->type.kind == DT_TK_PTR;
}

static bool
dt_isscalar(const dt_node_t *n)
{
	return n->type.kind == DT_TK_INT || n->type.kind == DT_TK_PTR;
}

static bool
dt_issou(dt_type_t t)
{
	return t.kind == DT_TK_STRUCT || t.kind == DT_TK_UNION;
}

/* ---- copying trees (inlines and translators expand where used) ---- */

static dt_node_t *
dt_node_copy(dt_sema_t *sp, const dt_node_t *n)
{
	dt_node_t *c;

	if (n == NULL)
		return NULL;
	sp->ncopied++;
	c = dt_alloc(sp->dtp, sizeof(*c));
	*c = *n;
	c->left = dt_node_copy(sp, n->left);
	c->right = dt_node_copy(sp, n->right);
	c->cond = dt_node_copy(sp, n->cond);
	c->args = dt_node_copy(sp, n->args);
	c->next = dt_node_copy(sp, n->next);
	return c;
}

/* Replace each use of the identifier 'name' in a copied tree with 'with'. */
static void
dt_node_subst(dt_sema_t *sp, dt_node_t *n, const char *name, const dt_node_t *with)
{
	for (; n; n = n->next) {
		if (n->kind == DT_N_IDENT && n->scope == DT_SCOPE_GLOBAL && strcmp(n->str, name) == 0) {
			dt_node_t *next = n->next, *c = dt_node_copy(sp, with);

			c->next = NULL;
			*n = *c;
			n->next = next;
			continue;
		}
		dt_node_subst(sp, n->left, name, with);
		dt_node_subst(sp, n->right, name, with);
		dt_node_subst(sp, n->cond, name, with);
		dt_node_subst(sp, n->args, name, with);
	}
}

/* ---- identifiers --------------------------------------------------- */

/* Is this the name of a built-in variable (pid, execname ... NULL)? */
bool
dt_builtin_exists(const char *name)
{
	for (size_t i = 0; i < sizeof(dt_builtins) / sizeof(dt_builtins[0]); i++)
		if (strcmp(dt_builtins[i].name, name) == 0)
			return true;
	return strcmp(name, "NULL") == 0;
}

/*
 * DTrace folds constants while it parses, before it cooks a predicate or
 * an action list, so this error never names a region.
 */
static int
dt_err_folding(dt_sema_t *sp, const dt_node_t *n)
{
	sp->dtp->cur_region = NULL;
	return dt_err(sp, n, D_DIV_ZERO, "expression contains division by zero");
}

static int
dt_cook_builtin(dt_sema_t *sp, dt_node_t *n, const dt_builtin_desc_t *bd, bool lvalue)
{
	if (lvalue)
		return dt_err(sp, n, D_OP_WRITE, "operator %s can only be applied to a writable variable",
			      sp->lvop);
	n->type = bd->type;
	n->value = bd->code;
	n->ident = NULL;
	if (sp->clp)
		sp->clp->uses |= bd->uses;
	if (bd->code == DT_BI_CURTHREAD) {
		dt_type_t t;

		if (dt_type_lookup(sp->dtp, "struct task_struct", &t) != 0)
			return dt_err(sp, n, D_SYM_NOTYPES,
				      "curthread needs the kernel's types (/sys/kernel/btf/vmlinux)");
		n->type = dt_type_pointer(sp->dtp, t);
	}
	return 0;
}

static int
dt_cook_ident(dt_sema_t *sp, dt_node_t *n, bool lvalue)
{
	dtrace_hdl_t *dtp = sp->dtp;
	dt_idkind_t kind = n->scope == DT_SCOPE_SELF ? DT_IDK_TLS :
			   n->scope == DT_SCOPE_THIS ? DT_IDK_LOCAL : DT_IDK_GLOBAL;
	dt_ident_t *idp;

	if (kind == DT_IDK_GLOBAL && strcmp(n->str, "NULL") == 0 &&
	    dt_ident_find(dtp, kind, n->str) == NULL) {
		/* D's built-in alias for address 0, a void * constant */
		if (lvalue)
			return dt_err(sp, n, D_OP_LVAL,
				      "operator %s requires modifiable lvalue as an operand", sp->lvop);
		n->kind = DT_N_INT;
		n->value = 0;
		n->type = dt_type_pointer(dtp, dt_type_void);
		n->isconst = true;
		return 0;
	}
	if (kind == DT_IDK_GLOBAL) {
		for (size_t i = 0; i < sizeof(dt_builtins) / sizeof(dt_builtins[0]); i++)
			if (strcmp(dt_builtins[i].name, n->str) == 0)
				return dt_cook_builtin(sp, n, &dt_builtins[i], lvalue);
		if (n->str[0] == '$') {
			int rc = dt_macro_node(dtp, n);

			return rc > 0 ? dt_cook_ident(sp, n, lvalue) : rc;
		}
		if (strchr(n->str, '`'))
			return dt_err(sp, n, D_SYM_BADREF,
				      "kernel symbol %s: symbol references are not supported", n->str);
	}
	if (kind == DT_IDK_TLS && sp->clp == NULL)
		return dt_err(sp, n, D_IDENT_UNDEF, "self->%s may only be used in a clause", n->str);
	if (kind == DT_IDK_TLS)
		sp->clp->uses |= DT_USES_TLS;
	if (kind == DT_IDK_LOCAL && sp->clp == NULL)
		return dt_err(sp, n, D_IDENT_UNDEF, "this->%s may only be used in a clause", n->str);
	idp = dt_ident_find(dtp, kind, n->str);
	if (idp != NULL && idp->kind == DT_IDK_ENUM) {
		if (lvalue)
			return dt_err(sp, n, D_OP_LVAL,
				      "operator %s requires modifiable lvalue as an operand", sp->lvop);
		n->kind = DT_N_INT;
		n->value = idp->value;
		n->type = idp->type;
		n->isconst = true;
		return 0;
	}
	if (idp != NULL && idp->kind == DT_IDK_INLINE) {
		dt_node_t *e;
		dt_type_t t = idp->type;
		dt_node_t *next = n->next;     /* n may be an argument in a list */
		int line = n->line;

		if (sp->depth > 32)
			return dt_err(sp, n, D_INLINE_LEN, "inline %s is recursive", n->str);

		e = dt_node_copy(sp, idp->expr);
		e->next = NULL;
		if (sp->ncopied > DT_SEMA_MAXCOPY)
			return dt_err(sp, n, D_TOO_COMPLEX, "inline %s expands to more than %d nodes",
				      n->str, DT_SEMA_MAXCOPY);
		sp->depth++;
		if (dt_cook(sp, e) != 0)
			return -1;
		sp->depth--;
		/* an inline that is an integer constant is a constant, as in DTrace */
		if (lvalue && e->isconst && e->kind == DT_N_INT)
			return dt_err(sp, n, D_OP_LVAL,
				      "operator %s requires modifiable lvalue as an operand", sp->lvop);
		if (lvalue)
			return dt_err(sp, n, D_OP_WRITE,
				      "operator %s can only be applied to a writable variable", sp->lvop);
		*n = *e;
		n->line = line;
		n->next = next;
		/* the inline's declared type, as a cast would give it */
		if (t.kind == DT_TK_INT && n->isconst && n->kind == DT_N_INT) {
			n->value = dt_norm(n->value, t);
			n->type = t;
		} else if (t.kind != DT_TK_STRING && !dt_issou(t)) {
			dt_node_t *c = dt_node_new(dtp, DT_N_CAST, line), *inner = dt_alloc(dtp, sizeof(*inner));

			*inner = *n;
			inner->next = NULL;
			c->left = inner;
			c->ctype = t;
			c->type = t;
			*n = *c;
			n->next = next;
		}
		return 0;
	}
	if (idp == NULL && kind == DT_IDK_GLOBAL) {
		/* a function's name is not a variable's */
		for (size_t i = 0; i < sizeof(dt_funcs) / sizeof(dt_funcs[0]); i++)
			if (strcmp(dt_funcs[i].name, n->str) == 0)
				return dt_err(sp, n, D_IDENT_BADREF, "%sfunction '%s' may not be referenced as scalar",
					      dt_funcs[i].code < DT_SUB_FIRST ? "tracing " : "", n->str);
	}
	if (idp == NULL) {
		if (!lvalue) {
			if (kind != DT_IDK_GLOBAL)
				return dt_err(sp, n, D_VAR_UNDEF, "%s->%s has not yet been declared or assigned",
					      kind == DT_IDK_TLS ? "self" : "this", n->str);
			return dt_err(sp, n, D_IDENT_UNDEF, "failed to resolve %s: Unknown variable name",
				      n->str);
		}
		idp = dt_ident_new(dtp, kind, n->str);
	}
	if (idp->nkeys > 0)
		return dt_err(sp, n, D_NOT_SUPPORTED,
			      "associative arrays are not supported by this version");
	if (!idp->defined && !lvalue)
		return dt_err(sp, n, D_VAR_UNDEF, "%s%s has not yet been declared or assigned",
			      kind == DT_IDK_TLS ? "self->" : kind == DT_IDK_LOCAL ? "this->" : "",
			      n->str);
	n->ident = idp;
	n->type = idp->type;
	n->lvalue_ok = true;
	return 0;
}

static const char *
dt_opname(dt_op_t op)
{
	static const char *const names[] = {
		[DT_OP_ADD] = "+", [DT_OP_SUB] = "-", [DT_OP_MUL] = "*", [DT_OP_DIV] = "/",
		[DT_OP_MOD] = "%", [DT_OP_SHL] = "<<", [DT_OP_SHR] = ">>", [DT_OP_LT] = "<",
		[DT_OP_LE] = "<=", [DT_OP_GT] = ">", [DT_OP_GE] = ">=", [DT_OP_EQ] = "==",
		[DT_OP_NE] = "!=", [DT_OP_BAND] = "&", [DT_OP_BXOR] = "^", [DT_OP_BOR] = "|",
		[DT_OP_LAND] = "&&", [DT_OP_LXOR] = "^^", [DT_OP_LOR] = "||", [DT_OP_COMMA] = ",",
		[DT_OP_NEG] = "-", [DT_OP_PLUS] = "+", [DT_OP_LNOT] = "!", [DT_OP_BNOT] = "~",
		[DT_OP_DEREF] = "*", [DT_OP_ADDROF] = "&", [DT_OP_PREINC] = "++",
		[DT_OP_PREDEC] = "--", [DT_OP_POSTINC] = "++", [DT_OP_POSTDEC] = "--",
		[DT_OP_SIZEOF] = "sizeof", [DT_OP_STRINGOF] = "stringof",
	};
	return op < sizeof(names) / sizeof(names[0]) && names[op] ? names[op] : "=";
}

/* Fold a binary operator over constants; -1 on division by zero. */
static int
dt_fold2(dt_op_t op, dt_type_t t, int64_t a, int64_t b, int64_t *out)
{
	uint64_t ua = (uint64_t)a, ub = (uint64_t)b;

	switch (op) {
	case DT_OP_ADD: *out = (int64_t)(ua + ub); break;
	case DT_OP_SUB: *out = (int64_t)(ua - ub); break;
	case DT_OP_MUL: *out = (int64_t)(ua * ub); break;
	case DT_OP_DIV:
	case DT_OP_MOD:
		if (b == 0)
			return -1;
		if (t.sign) {
			if (a == INT64_MIN && b == -1)
				*out = op == DT_OP_DIV ? a : 0;
			else
				*out = op == DT_OP_DIV ? a / b : a % b;
		} else {
			*out = (int64_t)(op == DT_OP_DIV ? ua / ub : ua % ub);
		}
		break;
	case DT_OP_SHL: *out = (int64_t)(ua << (ub & 63)); break;
	case DT_OP_SHR: *out = t.sign ? a >> (ub & 63) : (int64_t)(ua >> (ub & 63)); break;
	case DT_OP_BAND: *out = a & b; break;
	case DT_OP_BXOR: *out = a ^ b; break;
	case DT_OP_BOR: *out = a | b; break;
	default: return -2;
	}
	*out = dt_norm(*out, t);
	return 0;
}

static int
dt_fold_cmp(dt_op_t op, bool sign, int64_t a, int64_t b)
{
	uint64_t ua = (uint64_t)a, ub = (uint64_t)b;

	switch (op) {
	case DT_OP_LT: return sign ? a < b : ua < ub;
	case DT_OP_LE: return sign ? a <= b : ua <= ub;
	case DT_OP_GT: return sign ? a > b : ua > ub;
	case DT_OP_GE: return sign ? a >= b : ua >= ub;
	case DT_OP_EQ: return a == b;
	default: return a != b;
	}
}

static void
dt_make_int(dt_node_t *n, int64_t v, dt_type_t t)
{
	n->kind = DT_N_INT;
	n->value = dt_norm(v, t);
	n->type = t;
	n->isconst = true;
	n->left = n->right = n->cond = NULL;
}

static bool
dt_is_cmp(dt_op_t op)
{
	return op == DT_OP_LT || op == DT_OP_LE || op == DT_OP_GT || op == DT_OP_GE ||
	       op == DT_OP_EQ || op == DT_OP_NE;
}

/*
 * Pointers that may meet in a comparison or an assignment, as DTrace has
 * it: pointers to compatible types or to void, or a pointer and the
 * constant 0.
 */
static bool
dt_ptr_compat(dt_sema_t *sp, const dt_node_t *l, const dt_node_t *r)
{
	if (dt_isptr(l) && dt_isptr(r))
		return dt_type_compat(sp->dtp, l->type, r->type) ||
		       dt_type_deref(sp->dtp, l->type).kind == DT_TK_VOID ||
		       dt_type_deref(sp->dtp, r->type).kind == DT_TK_VOID;
	if (dt_isptr(l))
		return dt_isint(r) && r->isconst && r->value == 0;
	if (dt_isptr(r))
		return dt_isint(l) && l->isconst && l->value == 0;
	return false;
}

/* Comparable operands: arithmetic, strings, or compatible pointers. */
static bool
dt_cmp_ok(dt_sema_t *sp, const dt_node_t *l, const dt_node_t *r)
{
	if (dt_isint(l) && dt_isint(r))
		return true;
	if (dt_type_isstrlike(sp->dtp, l->type) && dt_type_isstrlike(sp->dtp, r->type) &&
	    (l->type.kind == DT_TK_STRING || r->type.kind == DT_TK_STRING))
		return true;
	return dt_ptr_compat(sp, l, r);
}

static int
dt_cook_binary(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left, *r = n->right;
	char b1[128], b2[128];
	int64_t v;

	if (dt_cook(sp, l) != 0 || dt_cook(sp, r) != 0)
		return -1;
	if (n->op == DT_OP_COMMA) {
		if (dt_is_action(l) || dt_is_action(r))
			return dt_err(sp, n, D_OP_ACT, "operator , operands cannot be actions");
		n->type = r->type;
		return 0;
	}
	if (dt_is_cmp(n->op)) {
		if (l->type.kind == DT_TK_VOID || r->type.kind == DT_TK_VOID ||
		    dt_issou(l->type) || dt_issou(r->type) || !dt_cmp_ok(sp, l, r))
			return dt_err(sp, n, D_OP_INCOMPAT,
				      "operands have incompatible types: \"%s\" %s \"%s\"",
				      TNAME(l->type, b1), dt_opname(n->op), TNAME(r->type, b2));
		n->type = dt_type_int;
		if (l->type.kind == DT_TK_STRING || r->type.kind == DT_TK_STRING) {
			if (l->kind == DT_N_STRING && r->kind == DT_N_STRING) {
				int c = strcmp(l->str, r->str);

				dt_make_int(n, dt_fold_cmp(n->op, true, c, 0), dt_type_int);
			}
			return 0;
		}
		if (l->isconst && r->isconst && dt_isint(l) && dt_isint(r)) {
			dt_type_t t = dt_arith_type(l->type, r->type);

			dt_make_int(n, dt_fold_cmp(n->op, t.sign, dt_norm(l->value, t),
						   dt_norm(r->value, t)), dt_type_int);
		}
		return 0;
	}
	if (n->op == DT_OP_LAND || n->op == DT_OP_LOR || n->op == DT_OP_LXOR) {
		if (!dt_isscalar(l) || !dt_isscalar(r))
			return dt_err(sp, n, D_OP_SCALAR, "operator %s requires operands of scalar type",
				      dt_opname(n->op));
		n->type = dt_type_int;
		if (l->isconst && r->isconst && l->kind == DT_N_INT && r->kind == DT_N_INT) {
			bool a = l->value != 0, b = r->value != 0;

			dt_make_int(n, n->op == DT_OP_LAND ? a && b : n->op == DT_OP_LOR ? a || b : a != b,
				    dt_type_int);
		} else if (l->isconst && l->kind == DT_N_INT &&
			   ((n->op == DT_OP_LAND && !l->value) || (n->op == DT_OP_LOR && l->value))) {
			/* short-circuited: the right side is never evaluated */
			dt_make_int(n, n->op == DT_OP_LOR, dt_type_int);
		}
		return 0;
	}
	/* pointer arithmetic: p + i, i + p, p - i, p - q */
	if ((n->op == DT_OP_ADD || n->op == DT_OP_SUB) && (dt_isptr(l) || dt_isptr(r))) {
		if (dt_isptr(l) && dt_isptr(r) && n->op == DT_OP_SUB) {
			if (!dt_type_compat(sp->dtp, l->type, r->type))
				return dt_err(sp, n, D_OP_INCOMPAT,
					      "operands have incompatible types: \"%s\" - \"%s\"",
					      TNAME(l->type, b1), TNAME(r->type, b2));
			n->type = dt_type_long;
			return 0;
		}
		if (dt_isptr(l) && dt_isint(r)) {
			n->type = l->type;
			return 0;
		}
		if (dt_isint(l) && dt_isptr(r) && n->op == DT_OP_ADD) {
			n->type = r->type;
			return 0;
		}
		return dt_err(sp, n, D_OP_INCOMPAT, "operands have incompatible types: \"%s\" %s \"%s\"",
			      TNAME(l->type, b1), dt_opname(n->op), TNAME(r->type, b2));
	}
	if (!dt_isint(l) || !dt_isint(r)) {
		bool arith = n->op == DT_OP_MUL || n->op == DT_OP_DIV;

		/* DTrace reports every bad pair of + or - operands this way */
		if (n->op == DT_OP_ADD || n->op == DT_OP_SUB)
			return dt_err(sp, n, D_OP_INCOMPAT,
				      "operands have incompatible types: \"%s\" %s \"%s\"",
				      TNAME(l->type, b1), dt_opname(n->op), TNAME(r->type, b2));
		return dt_err(sp, n, arith ? D_OP_ARITH : D_OP_INT,
			      "operator %s requires operands of %s type", dt_opname(n->op),
			      arith ? "arithmetic" : "integral");
	}
	if (n->op == DT_OP_SHL || n->op == DT_OP_SHR)
		n->type = dt_type_promote(l->type);
	else
		n->type = dt_arith_type(l->type, r->type);
	if ((n->op == DT_OP_DIV || n->op == DT_OP_MOD) && r->isconst && r->value == 0)
		return dt_err_folding(sp, n);
	if (l->isconst && r->isconst) {
		if (dt_fold2(n->op, n->type, dt_norm(l->value, n->type), r->value, &v) == 0)
			dt_make_int(n, v, n->type);
	}
	return 0;
}

/* May this (cooked) node be assigned to? */
static bool
dt_is_lvalue(const dt_node_t *n)
{
	return n->lvalue_ok;
}

static int
dt_cook_lvalue(dt_sema_t *sp, dt_node_t *n, const char *op)
{
	if (n->kind == DT_N_IDENT) {
		sp->lvop = op;
		if (dt_cook_ident(sp, n, true) != 0)
			return -1;
		if (n->kind != DT_N_IDENT && n->isconst)        /* a macro variable's value */
			return dt_err(sp, n, D_OP_LVAL, "operator %s requires modifiable lvalue as an operand", op);
	} else if (n->kind == DT_N_MEMBER || n->kind == DT_N_INDEX ||
		   (n->kind == DT_N_UNARY && n->op == DT_OP_DEREF)) {
		sp->lvalue = n->kind == DT_N_INDEX;
		if (dt_cook(sp, n) != 0)
			return -1;
	} else {
		return dt_err(sp, n, D_OP_LVAL, "operator %s requires modifiable lvalue as an operand", op);
	}
	if (!dt_is_lvalue(n))
		return dt_err(sp, n, D_OP_WRITE, "operator %s can only be applied to a writable variable",
			      op);
	return 0;
}

static int
dt_cook_unary(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left;
	char b[128];

	switch (n->op) {
	case DT_OP_PREINC: case DT_OP_PREDEC: case DT_OP_POSTINC: case DT_OP_POSTDEC:
		if (dt_cook_lvalue(sp, l, dt_opname(n->op)) != 0)
			return -1;
		if ((l->kind == DT_N_IDENT || l->kind == DT_N_INDEX) && l->ident &&
		    !l->ident->defined) {
			/* DTrace gives a variable that ++ or -- creates the type int64_t */
			dt_ident_define(sp->dtp, l->ident, dt_type_long);
			l->type = l->ident->type;
		}
		if (!dt_isscalar(l))
			return dt_err(sp, n, D_OP_SCALAR, "operator %s requires operand of scalar type",
				      dt_opname(n->op));
		if (dt_isptr(l) && (dt_type_deref(sp->dtp, l->type).kind == DT_TK_VOID ||
				    dt_type_deref(sp->dtp, l->type).kind == DT_TK_FUNC))
			return dt_err(sp, n, D_OP_VFPTR, "operator %s requires an operand of known size",
				      dt_opname(n->op));
		n->type = l->type;
		return 0;
	case DT_OP_SIZEOF:
		if (dt_cook(sp, l) != 0)
			return -1;
		if (l->type.kind == DT_TK_VOID || l->type.kind == DT_TK_FUNC)
			return dt_err(sp, n, D_SIZEOF_TYPE,
				      "cannot apply sizeof to an operand of unknown size");
		if (l->type.bits)
			return dt_err(sp, n, D_SIZEOF_BITFIELD, "cannot apply sizeof to a bit-field");
		/* a string constant's size is its length with the NUL, as in DTrace */
		dt_make_int(n, l->kind == DT_N_STRING && l->isconst ? (int64_t)strlen(l->str) + 1 :
			    l->type.kind == DT_TK_STRING ? (int64_t)sp->dtp->strsize : l->type.size,
			    dt_type_ulong);
		return 0;
	case DT_OP_STRINGOF:
		if (dt_cook(sp, l) != 0)
			return -1;
		if (l->type.kind != DT_TK_STRING && !dt_isscalar(l) && l->type.kind != DT_TK_ARRAY)
			return dt_err(sp, n, D_STRINGOF_TYPE, "cannot apply stringof to a value of type %s",
				      TNAME(l->type, b));
		if (l->kind == DT_N_STRING) {
			*n = *l;
			return 0;
		}
		n->type = dt_type_string;
		return 0;
	case DT_OP_DEREF:
		if (dt_cook(sp, l) != 0)
			return -1;
		if (!dt_isptr(l) && l->type.kind != DT_TK_ARRAY)
			return dt_err(sp, n, D_DEREF_NONPTR, "cannot dereference non-pointer type");
		n->type = dt_type_deref(sp->dtp, l->type);
		if (n->type.kind == DT_TK_VOID)
			return dt_err(sp, n, D_DEREF_VOID, "cannot dereference pointer to void");
		if (n->type.kind == DT_TK_FUNC)
			return dt_err(sp, n, D_DEREF_FUNC, "cannot dereference pointer to function");
		if (n->type.incomplete)
			return dt_err(sp, n, D_OP_PTR, "cannot dereference a pointer to an incomplete type (%s)",
				      TNAME(n->type, b));
		return 0;
	case DT_OP_ADDROF:
		if (dt_cook(sp, l) != 0)
			return -1;
		if (l->kind == DT_N_IDENT)
			return dt_err(sp, n, D_ADDROF_VAR,
				      "cannot take address of dynamic variable");
		if (l->kind != DT_N_MEMBER && l->kind != DT_N_INDEX &&
		    !(l->kind == DT_N_UNARY && l->op == DT_OP_DEREF))
			return dt_err(sp, n, D_ADDROF_LVAL,
				      "unacceptable operand for unary & operator");
		if (l->type.bits)
			return dt_err(sp, n, D_ADDROF_BITFIELD, "cannot take address of bit-field");
		n->type = dt_type_pointer(sp->dtp, l->type);
		return 0;
	default:
		break;
	}
	if (dt_cook(sp, l) != 0)
		return -1;
	if (n->op == DT_OP_LNOT && dt_isptr(l)) {
		n->type = dt_type_int;
		return 0;
	}
	if (!dt_isint(l))
		return dt_err(sp, n, n->op == DT_OP_BNOT ? D_OP_INT : n->op == DT_OP_LNOT ? D_OP_SCALAR : D_OP_ARITH,
			      "operator %s requires an operand of %s type", dt_opname(n->op),
			      n->op == DT_OP_BNOT ? "integral" : n->op == DT_OP_LNOT ? "scalar" : "arithmetic");
	n->type = n->op == DT_OP_LNOT ? dt_type_int : dt_type_promote(l->type);
	if (l->isconst) {
		int64_t v = l->value;

		switch (n->op) {
		case DT_OP_NEG: v = (int64_t)(0 - (uint64_t)v); break;
		case DT_OP_LNOT: v = !v; break;
		case DT_OP_BNOT: v = ~v; break;
		default: break;
		}
		dt_make_int(n, v, n->type);
	}
	return 0;
}

/* The type a variable gets from its first assignment. */
static dt_type_t
dt_infer_type(dt_sema_t *sp, const dt_node_t *r)
{
	/* a variable takes its value's type, as DTrace does; bit-fields their integer's */
	if (r->type.kind == DT_TK_INT && r->type.bits)
		return dt_type_promote(r->type);
	if (r->type.kind == DT_TK_ARRAY && dt_type_isstrlike(sp->dtp, r->type))
		return dt_type_string;
	return r->type;
}

/* Bad operands of a compound assignment (op is "+=" etc.), as DTrace reports them. */
static int
dt_opeq_err(dt_sema_t *sp, const dt_node_t *n, const char *op)
{
	const dt_node_t *l = n->left, *r = n->right;
	char b1[128], b2[128];

	switch (n->op) {
	case DT_OP_MUL:
	case DT_OP_DIV:
		return dt_err(sp, n, D_OP_ARITH, "operator %s requires operands of arithmetic type",
			      op);
	case DT_OP_ADD:
	case DT_OP_SUB:
		if (l->type.kind == DT_TK_STRING || r->type.kind == DT_TK_STRING)
			return dt_err(sp, n, D_OP_INCOMPAT,
				      "operands have incompatible types: \"%s\" %s \"%s\"",
				      TNAME(l->type, b1), op, TNAME(r->type, b2));
		return dt_err(sp, n, D_OP_VFPTR,
			      "operator %s requires left-hand scalar operand of known size", op);
	default:
		return dt_err(sp, n, D_OP_INT, "operator %s requires operands of integral type", op);
	}
}

/* ---- aggregations ------------------------------------------------ */

static const struct {
	const char *name;
	dt_aggfunc_t func;
	int minargs, maxargs;
} dt_aggfuncs[] = {
	{ "count", DT_AGG_COUNT, 0, 0 }, { "sum", DT_AGG_SUM, 1, 1 },
	{ "avg", DT_AGG_AVG, 1, 1 }, { "min", DT_AGG_MIN, 1, 1 },
	{ "max", DT_AGG_MAX, 1, 1 }, { "stddev", DT_AGG_STDDEV, 1, 1 },
	{ "quantize", DT_AGG_QUANTIZE, 1, 1 }, { "lquantize", DT_AGG_LQUANTIZE, 3, 4 },
	{ "llquantize", DT_AGG_LLQUANTIZE, 5, 5 },
};

static int
dt_aggfunc_find(const char *name)
{
	for (size_t i = 0; i < sizeof(dt_aggfuncs) / sizeof(dt_aggfuncs[0]); i++)
		if (strcmp(dt_aggfuncs[i].name, name) == 0)
			return (int)i;
	return -1;
}

/*
 * lquantize(value, base, limit[, step]): the constants, checked in
 * DTrace's order and words; c gets base, limit, step.
 */
static int
dt_agg_lquantize_args(dt_sema_t *sp, dt_node_t *call, int64_t *c)
{
	static const dt_errtag_t tags[] = { D_LQUANT_BASETYPE, D_LQUANT_LIMTYPE, D_LQUANT_STEPTYPE };
	dt_node_t *a = call->args->next;
	int64_t levels;

	c[2] = 1;
	for (int i = 0; i < 3 && a; i++, a = a->next) {
		if (!a->isconst || a->kind != DT_N_INT || (i == 2 && a->value <= 0))
			return dt_err(sp, a, tags[i], i == 2 ? "lquantize( ) argument #3 must be a non-zero "
				      "positive integer constant" : "lquantize( ) argument #%d must be an "
				      "integer constant", i + 1);
		if (i < 2 && a->value != (int32_t)a->value)
			return dt_err(sp, a, i == 0 ? D_LQUANT_BASEVAL : D_LQUANT_LIMVAL,
				      "lquantize( ) argument #%d must be a 32-bit quantity", i + 1);
		if (i == 2 && a->value > UINT16_MAX)
			return dt_err(sp, a, D_LQUANT_STEPVAL, "lquantize( ) argument #3 must be a 16-bit quantity");
		c[i] = a->value;
	}
	if (c[1] < c[0])
		return dt_err(sp, call, D_LQUANT_MISMATCH, "lquantize( ) base (argument #1) must be less "
			      "than limit (argument #2)");
	levels = (c[1] - c[0]) / c[2];
	if (levels == 0)
		return dt_err(sp, call, D_LQUANT_STEPLARGE, "lquantize( ) step (argument #3) too large: "
			      "must have at least one quantization level");
	if (levels > UINT16_MAX)
		return dt_err(sp, call, D_LQUANT_STEPSMALL, "lquantize( ) step (argument #3) too small: "
			      "number of quantization levels must be a 16-bit quantity");
	return 0;
}

/* llquantize(value, factor, low, high, nsteps): c gets the four constants. */
static int
dt_agg_llquantize_args(dt_sema_t *sp, dt_node_t *call, int64_t *c)
{
	static const char *const what[] = { "factor", "low magnitude", "high magnitude",
					    "linear steps per magnitude" };
	static const dt_errtag_t ttags[] = { D_LLQUANT_FACTORTYPE, D_LLQUANT_LMAGTYPE,
					     D_LLQUANT_HMAGTYPE, D_LLQUANT_STEPTYPE };
	static const dt_errtag_t vtags[] = { D_LLQUANT_FACTORVAL, D_LLQUANT_LMAGVAL,
					     D_LLQUANT_HMAGVAL, D_LLQUANT_STEPVAL };
	dt_node_t *a = call->args->next;
	uint64_t p = 1;

	for (int i = 0; i < 4 && a; i++, a = a->next) {
		if (!a->isconst || a->kind != DT_N_INT)
			return dt_err(sp, a, ttags[i], "llquantize( ) argument #%d (%s) must be an integer "
				      "constant", i + 1, what[i]);
		if (a->value < 0 || a->value > UINT16_MAX)
			return dt_err(sp, a, vtags[i], "llquantize( ) argument #%d (%s) must be an "
				      "unsigned 16-bit quantity", i + 1, what[i]);
		c[i] = a->value;
	}
	if (c[0] < 2)
		return dt_err(sp, call, D_LLQUANT_FACTORSMALL, "llquantize( ) factor (argument #1) must be two or more");
	if (c[2] <= c[1])
		return dt_err(sp, call, D_LLQUANT_MAGRANGE, "llquantize( ) high magnitude (argument #3) must "
			      "be greater than low magnitude (argument #2)");
	if (c[0] > c[3])
		return dt_err(sp, call, D_LLQUANT_FACTORNSTEPS, "llquantize( ) factor (argument #1) must be "
			      "less than or equal to the number of linear steps per magnitude (argument #4)");
	for (int64_t i = 0; i <= c[2]; i++) {
		if (p > UINT64_MAX / (uint64_t)c[0])
			return dt_err(sp, call, D_LLQUANT_MAGTOOBIG, "llquantize( ) factor (%d) raised to "
				      "power of high magnitude (%d) plus 1 overflows 64-bits",
				      (int)c[0], (int)c[2]);
		p *= (uint64_t)c[0];
	}
	if (c[3] % c[0] != 0)
		return dt_err(sp, call, D_LLQUANT_FACTOREVEN, "llquantize( ) factor (argument #1) must "
			      "evenly divide the number of steps per magnitude (argument #4), and the "
			      "number of steps per magnitude must evenly divide a power of the factor");
	return 0;
}

/*
 * The bytes a string key needs: execname's 16, a literal's length with its
 * NUL, a char array's size; anything else strsize.  Narrow keys make the
 * hash maps cheap to update (a 16-byte key instead of a 256-byte one).
 */
static uint32_t
dt_strkey_width(dt_sema_t *sp, const dt_node_t *k)
{
	uint32_t w = (uint32_t)sp->dtp->strsize;

	if (k->kind == DT_N_IDENT && k->ident == NULL && k->value == DT_BI_EXECNAME &&
	    strcmp(k->str, "execname") == 0)
		w = 16;
	else if (k->kind == DT_N_STRING && k->isconst)
		w = (uint32_t)strlen(k->str) + 1;
	else if (k->type.kind == DT_TK_ARRAY)
		w = k->type.size;
	w = (w + 7) & ~7u;
	return w < (uint32_t)sp->dtp->strsize ? w : (uint32_t)sp->dtp->strsize;
}

/*
 * @name[keys] = func(args): the aggregation is made by its first use,
 * which fixes its function, its arguments' constants and its keys; later
 * uses must agree.  The node becomes DT_N_AGG with args = keys and right =
 * the call.
 */
static int
dt_cook_aggassign(dt_sema_t *sp, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sp->dtp;
	dt_node_t *l = n->left, *call = n->right, *keys = NULL;
	const char *name;
	dt_aggdesc_t *ap, **tail;
	int fi, nargs = 0, nkeys = 0;
	int64_t c[4] = { 0, 0, 0, 0 };
	char b1[128], b2[128];

	if (l->kind == DT_N_INDEX) {
		keys = l->args;
		if (l->left->kind == DT_N_INDEX)
			return dt_err(sp, n, D_AGG_MDIM, "improper attempt to reference %s as a "
				      "multi-dimensional array", l->left->left->str);
		l = l->left;
	}
	name = l->str;
	if (n->op != DT_OP_NONE || call->kind != DT_N_CALL || (fi = dt_aggfunc_find(call->str)) < 0)
		return dt_err(sp, n, D_AGG_FUNC, "%s must be assigned the result of an aggregating "
			      "function", name);
	for (dt_node_t *a = call->args; a; a = a->next) {
		if (dt_cook(sp, a) != 0)
			return -1;
		nargs++;
	}
	if (nargs < dt_aggfuncs[fi].minargs || nargs > dt_aggfuncs[fi].maxargs) {
		if (nargs > dt_aggfuncs[fi].maxargs)
			return dt_err(sp, call, D_PROTO_LEN, "%s( ) prototype mismatch: %d args passed, "
				      "at most %d expected", call->str, nargs, dt_aggfuncs[fi].maxargs);
		return dt_err(sp, call, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%spassed, %s%d "
			      "expected", call->str, nargs, nargs == 1 ? " " : "s ",
			      dt_aggfuncs[fi].minargs != dt_aggfuncs[fi].maxargs ? "at least " : "",
			      dt_aggfuncs[fi].minargs);
	}
	if (nargs > 0 && !dt_isint(call->args))
		return dt_err(sp, call, D_AGG_SCALAR, "%s( ) argument #1 must be of scalar type",
			      call->str);
	if (dt_aggfuncs[fi].func == DT_AGG_LQUANTIZE && dt_agg_lquantize_args(sp, call, c) != 0)
		return -1;
	if (dt_aggfuncs[fi].func == DT_AGG_LLQUANTIZE && dt_agg_llquantize_args(sp, call, c) != 0)
		return -1;
	for (dt_node_t *k = keys; k; k = k->next) {
		if (dt_cook(sp, k) != 0)
			return -1;
		if (dt_is_keyfunc(k)) {
			nkeys++;
			continue;
		}
		if (k->type.kind == DT_TK_VOID || (!dt_isscalar(k) && !dt_type_isstrlike(dtp, k->type)))
			return dt_err(sp, k, D_KEY_TYPE, "%s expression may not be used as %s index: key #%d",
				      k->type.kind == DT_TK_VOID ? "void" : "dynamic", "aggregation",
				      nkeys + 1);
		nkeys++;
	}
	for (tail = &dtp->aggs; (ap = *tail) != NULL; tail = &ap->next)
		if (strcmp(ap->name, name) == 0)
			break;
	if (ap == NULL) {
		int i = 0;

		ap = dt_alloc(dtp, sizeof(*ap));
		ap->name = dt_astrdup(dtp, name);
		ap->id = dtp->naggs++;
		ap->line = n->line;
		ap->func = dt_aggfuncs[fi].func;
		ap->nkeys = nkeys;
		ap->keys = dt_alloc(dtp, (size_t)(nkeys ? nkeys : 1) * sizeof(dt_type_t));
		for (dt_node_t *k = keys; k; k = k->next, i++) {
			if (dt_is_keyfunc(k)) {
				/* a stack is keyed by its whole frame array */
				ap->keys[i] = k->ctype;
				ap->ksize += k->ctype.kind == DT_TK_STACK ? k->ctype.size + 16 : 8;
				continue;
			}
			ap->keys[i] = dt_infer_type(sp, k);
			if (ap->keys[i].kind == DT_TK_PTR)
				ap->keys[i] = dt_type_ulong;
			if (ap->keys[i].kind == DT_TK_STRING)
				ap->keys[i].size = dt_strkey_width(sp, k);
			ap->ksize += ap->keys[i].kind == DT_TK_STRING ? ap->keys[i].size : 8;
		}
		if (nkeys == 0)
			ap->ksize = 8;
		memcpy(ap->arg, c, sizeof(ap->arg));
		ap->base = c[0];
		ap->limit = c[1];
		ap->step = c[2];
		switch (ap->func) {
		case DT_AGG_COUNT: case DT_AGG_SUM: ap->nwords = 1; break;
		case DT_AGG_AVG: case DT_AGG_MIN: case DT_AGG_MAX: ap->nwords = 2; break;
		case DT_AGG_STDDEV: ap->nwords = 4; break;
		case DT_AGG_QUANTIZE: ap->nwords = DT_QUANTIZE_NBUCKETS; break;
		case DT_AGG_LQUANTIZE:
			/* below base, the levels, at or above base + levels * step */
			ap->nwords = (uint32_t)((c[1] - c[0]) / c[2] + 2);
			break;
		case DT_AGG_LLQUANTIZE:
			ap->nwords = dt_agg_llq_nbuckets(c);
			break;
		}
		ap->map_fd = -1;
		*tail = ap;
	} else {
		int i = 0;

		if (ap->func != dt_aggfuncs[fi].func)
			return dt_err(sp, n, D_AGG_REDEF, "aggregation redefined: %s\n\t current: %s = %s( )\n"
				      "\tprevious: %s = %s( ) : line %d", name, name, call->str, name,
				      dt_aggfuncs[(int)ap->func].name, ap->line);
		if (ap->func == DT_AGG_LQUANTIZE) {
			int64_t plim = ap->base + (ap->limit - ap->base) / ap->step * ap->step;
			int64_t clim = c[0] + (c[1] - c[0]) / c[2] * c[2];

			if (c[0] != ap->base)
				return dt_err(sp, call, D_LQUANT_MATCHBASE, "lquantize( ) base (argument #1) "
					      "doesn't match previous declaration: expected %d, found %d",
					      (int)ap->base, (int)c[0]);
			if (clim != plim)
				return dt_err(sp, call, D_LQUANT_MATCHLIM, "lquantize( ) limit (argument #2) "
					      "doesn't match previous declaration: expected %d, found %d",
					      (int)plim, (int)clim);
			if (c[2] != ap->step)
				return dt_err(sp, call, D_LQUANT_MATCHSTEP, "lquantize( ) step (argument #3) "
					      "doesn't match previous declaration: expected %d, found %d",
					      (int)ap->step, (int)c[2]);
		}
		if (ap->func == DT_AGG_LLQUANTIZE) {
			static const char *const what[] = { "factor", "low magnitude", "high magnitude",
							    "linear steps per magnitude" };
			static const dt_errtag_t tags[] = { D_LLQUANT_MATCHFACTOR, D_LLQUANT_MATCHLMAG,
							    D_LLQUANT_MATCHHMAG, D_LLQUANT_MATCHSTEPS };

			for (int k = 0; k < 4; k++)
				if (c[k] != ap->arg[k])
					return dt_err(sp, call, tags[k], "llquantize( ) %s (argument #%d) "
						      "doesn't match previous declaration: expected %d, found %d",
						      what[k], k + 1, (int)ap->arg[k], (int)c[k]);
		}
		if (nkeys != ap->nkeys)
			return dt_err(sp, n, D_PROTO_LEN, "%s[ ] prototype mismatch: %d arg%spassed, %d expected",
				      name, nkeys, nkeys == 1 ? " " : "s ", ap->nkeys);
		for (dt_node_t *k = keys; k; k = k->next, i++) {
			bool str = ap->keys[i].kind == DT_TK_STRING;

			if (dt_is_keyfunc(k) || ap->keys[i].kind == DT_TK_STACK ||
			    ap->keys[i].kind == DT_TK_SYMADDR || ap->keys[i].kind == DT_TK_MODADDR) {
				dt_type_t kt = dt_is_keyfunc(k) ? k->ctype : k->type;
				/* func()/sym() and mod() are both _symaddr: the first use's prints */
				bool sym = (kt.kind == DT_TK_SYMADDR || kt.kind == DT_TK_MODADDR) &&
					   (ap->keys[i].kind == DT_TK_SYMADDR ||
					    ap->keys[i].kind == DT_TK_MODADDR);

				if (kt.kind != ap->keys[i].kind && !sym)
					return dt_err(sp, n, D_PROTO_ARG, "%s[ ] argument #%d is incompatible "
						      "with prototype:\n\tprototype: %s\n\t argument: %s",
						      name, i + 1, TNAME(ap->keys[i], b1), TNAME(kt, b2));
				if (kt.size > ap->keys[i].size) {
					/* a deeper stack: widen the key while no code uses it yet */
					if (ap->generated)
						return dt_err(sp, n, D_NOT_SUPPORTED, "%s[ ] key #%d is "
							      "wider here than in an earlier program",
							      name, i + 1);
					ap->ksize += kt.size - ap->keys[i].size;
					ap->keys[i].size = kt.size;
				}
				continue;
			}

			if (str != (dt_type_isstrlike(dtp, k->type) && k->type.kind != DT_TK_PTR))
				return dt_err(sp, n, D_PROTO_ARG, "%s[ ] argument #%d is incompatible with "
					      "prototype:\n\tprototype: %s\n\t argument: %s", name, i + 1,
					      TNAME(ap->keys[i], b1), TNAME(k->type, b2));
			if (str && dt_strkey_width(sp, k) > ap->keys[i].size) {
				/* a wider string: widen the key while no code uses it yet */
				if (ap->generated)
					return dt_err(sp, n, D_NOT_SUPPORTED, "%s[ ] key #%d is wider here "
						      "than in an earlier program", name, i + 1);
				ap->ksize += dt_strkey_width(sp, k) - ap->keys[i].size;
				ap->keys[i].size = dt_strkey_width(sp, k);
			}
		}
	}
	n->kind = DT_N_AGG;
	n->str = ap->name;
	n->args = keys;
	n->right = call;
	n->left = NULL;
	n->agg = ap;
	n->type = dt_type_void;
	return 0;
}

static int
dt_cook_assign(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left, *r = n->right;
	const char *op = n->op == DT_OP_NONE ? "=" : NULL;
	char opbuf[8], b1[128], b2[128];

	if (l->kind == DT_N_AGG || (l->kind == DT_N_INDEX && l->left->kind == DT_N_AGG) ||
	    (l->kind == DT_N_INDEX && l->left->kind == DT_N_INDEX && l->left->left->kind == DT_N_AGG))
		return dt_cook_aggassign(sp, n);
	if (op == NULL) {
		snprintf(opbuf, sizeof(opbuf), "%s=", dt_opname(n->op));
		op = opbuf;
	}
	if (dt_cook(sp, r) != 0)
		return -1;
	if (dt_cook_lvalue(sp, l, op) != 0)
		return -1;
	/*
	 * Approximate: DTrace has no check for a void right side and reports
	 * the clash of the two types, which is what it does for x = void.  A
	 * new variable takes the void type, and an action's value is then
	 * refused when code is generated.
	 */
	if (r->type.kind == DT_TK_VOID && r->kind == DT_N_CALL && l->kind == DT_N_IDENT &&
	    !l->ident->defined) {
		sp->dtp->cur_region = NULL;
		return dt_err(sp, r, D_CG_EXPR, "%s %s( ) may not be called from a D expression "
			      "(D program context required)", "tracing function", r->str);
	}
	if (r->type.kind == DT_TK_VOID)
		goto incompat;
	if ((l->kind == DT_N_IDENT || l->kind == DT_N_INDEX) && l->ident && !l->ident->defined) {
		dt_type_t t = dt_infer_type(sp, r);

		if (n->op != DT_OP_NONE && r->type.kind != DT_TK_INT)
			return dt_opeq_err(sp, n, op);
		if (t.kind == DT_TK_FUNC || t.kind == DT_TK_OTHER || t.kind == DT_TK_FLOAT)
			return dt_err(sp, n, D_OP_ARRFUN,
				      "operator %s may not be applied to operand of type \"%s\"", op,
				      TNAME(r->type, b1));
		dt_ident_define(sp->dtp, l->ident, t);
		l->type = l->ident->type;
	}
	if (n->op != DT_OP_NONE) {
		bool ptrok = (n->op == DT_OP_ADD || n->op == DT_OP_SUB) && dt_isptr(l) && dt_isint(r);

		if (!ptrok && (!dt_isint(l) || !dt_isint(r)))
			return dt_opeq_err(sp, n, op);
	} else if (l->type.kind == DT_TK_STRING) {
		if (!dt_type_isstrlike(sp->dtp, r->type))
			goto incompat;
	} else if (l->type.kind == DT_TK_ARRAY) {
		return dt_err(sp, n, D_OP_ARRFUN, "operator %s may not be applied to operand of type \"%s\"",
			      op, TNAME(l->type, b1));
	} else if (dt_isptr(l)) {
		if (!dt_ptr_compat(sp, l, r))
			goto incompat;
	} else if (dt_isint(l)) {
		if (!dt_isscalar(r))
			goto incompat;
	} else if (!dt_type_compat(sp->dtp, l->type, r->type)) {
		goto incompat;
	}
	if ((n->op == DT_OP_DIV || n->op == DT_OP_MOD) && r->isconst && r->value == 0)
		return dt_err_folding(sp, n);
	n->type = l->type;
	return 0;
incompat:
	return dt_err(sp, n, D_OP_INCOMPAT, "operands have incompatible types: \"%s\" %s \"%s\"",
		      TNAME(l->type, b1), op, TNAME(r->type, b2));
}

/*
 * A string subroutine's arguments (their number is checked already)
 * against its prototype.  strtok(NULL, ...) goes on with the string of
 * the strtok() before it in the same probe firing: its position lives in
 * the probe context, the string in a hidden clause-local variable.
 */
static int
dt_cook_strsubr(dt_sema_t *sp, dt_node_t *n, const struct dt_subr_proto *pp)
{
	dtrace_hdl_t *dtp = sp->dtp;
	int argc = 0;
	char b[128];

	for (dt_node_t *a = n->args; a; a = a->next, argc++) {
		const char *want = pp->args[argc];
		bool ok;

		if (strcmp(want, "const char *") == 0)
			ok = dt_type_isstrlike(dtp, a->type) ||
			     (pp->code == DT_SUB_STRTOK && argc == 0 && a->isconst &&
			      a->kind == DT_N_INT && a->value == 0);
		else if (want[strlen(want) - 1] == '*')
			/* any pointer (casts are the way to others' types), or NULL */
			ok = dt_isptr(a) || (a->isconst && a->kind == DT_N_INT && a->value == 0);
		else
			ok = dt_isint(a);
		if (!ok)
			return dt_err(sp, n, D_PROTO_ARG, "%s( ) argument #%d is incompatible with "
				      "prototype:\n\tprototype: %s\n\t argument: %s", n->str, argc + 1,
				      want, TNAME(a->type, b));
	}
	if (pp->code == DT_SUB_STRTOK) {
		dt_ident_t *idp = dt_ident_find(dtp, DT_IDK_LOCAL, ".strtok");

		if (idp == NULL) {
			idp = dt_ident_new(dtp, DT_IDK_LOCAL, ".strtok");
			dt_ident_define(dtp, idp, dt_type_string);
		}
		if (sp->clp != NULL)
			sp->clp->uses |= DT_USES_STRTOK;
	}
	n->value = pp->code;
	if (strcmp(pp->ret, "string") == 0)
		n->type = dt_type_string;
	else if (strcmp(pp->ret, "int") == 0)
		n->type = dt_type_int;
	else if (dt_type_lookup(dtp, pp->ret, &n->type) != 0)
		return dt_err(sp, n, D_UNKNOWN, "%s( ): no type %s", n->str, pp->ret);
	return 0;
}

/*
 * The prototype of argument i of the subroutines that take addresses and
 * sizes (as DTrace declares them), or NULL for the others.
 */
static const char *
dt_subr_proto(int code, int i)
{
	static const char *const alloca_p[] = { "size_t" };
	static const char *const bcopy_p[] = { "void *", "void *", "size_t" };
	static const char *const copyin_p[] = { "uintptr_t", "size_t" };
	static const char *const copyinto_p[] = { "uintptr_t", "size_t", "void *" };
	static const char *const progenyof_p[] = { "pid_t" };

	switch (code) {
	case DT_SUB_ALLOCA: return i < 1 ? alloca_p[i] : NULL;
	case DT_SUB_BCOPY: return i < 3 ? bcopy_p[i] : NULL;
	case DT_SUB_COPYIN: return i < 2 ? copyin_p[i] : NULL;
	case DT_SUB_COPYINTO: return i < 3 ? copyinto_p[i] : NULL;
	case DT_SUB_PROGENYOF: return i < 1 ? progenyof_p[i] : NULL;
	default: return NULL;
	}
}

/*
 * A subroutine: its arguments are checked against its prototype, and the
 * call is an expression of the subroutine's return type.
 */
static int
dt_cook_subr(dt_sema_t *sp, dt_node_t *n, const dt_func_desc_t *fd)
{
	int argc = 0;
	char b[128];

	for (dt_node_t *a = n->args; a; a = a->next) {
		argc++;
		if (dt_cook(sp, a) != 0)
			return -1;
	}
	/* with optional arguments, DTrace says "at least" the required ones, either way */
	if (argc < fd->minargs || argc > fd->maxargs)
		return dt_err(sp, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%s passed, %s%d expected",
			      n->str, argc, argc == 1 ? "" : "s",
			      fd->minargs != fd->maxargs ? "at least " : "", fd->minargs);
	for (size_t i = 0; i < sizeof(dt_subr_protos) / sizeof(dt_subr_protos[0]); i++)
		if (dt_subr_protos[i].code == fd->code)
			return dt_cook_strsubr(sp, n, &dt_subr_protos[i]);
	argc = 0;
	for (dt_node_t *a = n->args; a; a = a->next) {
		const char *proto = dt_subr_proto(fd->code, argc++);

		/* the memory subroutines take addresses and sizes: scalars */
		if (proto != NULL) {
			/* arrays pass their address where a pointer is expected */
			bool ok = dt_isscalar(a) || (a->type.kind == DT_TK_ARRAY && proto[0] == 'v');

			if (!ok)
				return dt_err(sp, n, D_PROTO_ARG, "%s( ) argument #%d is incompatible with "
					      "prototype:\n\tprototype: %s\n\t argument: %s", n->str, argc,
					      proto, TNAME(a->type, b));
			continue;
		}
		/* copyinstr takes a user address and a length; __psargs two addresses */
		if (fd->code == DT_SUB_COPYINSTR || fd->code == DT_SUB_PSARGS) {
			if (!dt_isscalar(a) || a->type.kind == DT_TK_STRING)
				return dt_err(sp, n, D_PROTO_ARG, "%s( ) argument #%d is incompatible with "
					      "prototype:\n\tprototype: %s\n\t argument: %s", n->str, argc,
					      argc == 1 ? "uintptr_t" : "size_t", TNAME(a->type, b));
			continue;
		}
		/* strlen and strjoin take strings */
		if (!dt_type_isstrlike(sp->dtp, a->type))
			return dt_err(sp, n, D_PROTO_ARG, "%s( ) argument #%d is incompatible with "
				      "prototype:\n\tprototype: %s\n\t argument: %s", n->str, argc,
				      "const char *", TNAME(a->type, b));
	}
	n->value = fd->code;
	switch (fd->code) {
	case DT_SUB_STRLEN:
		n->type = dt_type_ulong;
		break;
	case DT_SUB_ALLOCA:
	case DT_SUB_COPYIN:
		n->type = dt_type_pointer(sp->dtp, dt_type_void);
		break;
	case DT_SUB_BCOPY:
	case DT_SUB_COPYINTO:
		n->type = dt_type_void;
		break;
	case DT_SUB_RAND:
	case DT_SUB_PROGENYOF:
		n->type = dt_type_int;
		break;
	case DT_SUB_SPECULATION:
		n->type = dt_type_int;
		sp->dtp->uses_spec = true;
		break;
	default:
		n->type = dt_type_string;
		break;
	}
	return 0;
}

/*
 * The aggregations printa(), trunc() and clear() name: each must have been
 * assigned earlier in the program; printa()'s must have the same keys.
 */
static int
dt_cook_aggargs(dt_sema_t *sp, dt_node_t *n, const dt_func_desc_t *fd)
{
	static const dt_errtag_t bad[] = { [DT_ACT_PRINTA] = D_PRINTA_AGGBAD,
					   [DT_ACT_TRUNC] = D_TRUNC_AGGBAD, [DT_ACT_CLEAR] = D_CLEAR_AGGBAD,
					   [DT_ACT_NORMALIZE] = D_NORMALIZE_AGGBAD,
					   [DT_ACT_DENORMALIZE] = D_NORMALIZE_AGGBAD };
	static const dt_errtag_t arg[] = { [DT_ACT_PRINTA] = D_PRINTA_AGGARG,
					   [DT_ACT_TRUNC] = D_TRUNC_AGGARG, [DT_ACT_CLEAR] = D_CLEAR_AGGARG,
					   [DT_ACT_NORMALIZE] = D_NORMALIZE_AGGARG,
					   [DT_ACT_DENORMALIZE] = D_NORMALIZE_AGGARG };
	dt_aggdesc_t *first = NULL;
	int i = 0;
	char b[128];

	for (dt_node_t *a = n->args; a; a = a->next, i++) {
		dt_aggdesc_t *ap;

		if (fd->code == DT_ACT_PRINTA && i == 0 && a->kind == DT_N_STRING)
			continue;       /* printa's format */
		if (a->kind != DT_N_AGG) {
			if ((fd->code == DT_ACT_TRUNC || fd->code == DT_ACT_NORMALIZE) && i == 1)
				continue;       /* the count or divisor, cooked with the others */
			if (fd->code == DT_ACT_PRINTA && i == 0)
				return dt_err(sp, a, D_PRINTA_PROTO, "printa( ) argument #1 is incompatible "
					      "with prototype:\n\tprototype: aggregation or format string\n\t argument: %s",
					      a->kind == DT_N_STRING ? "string" : "expression");
			if (dt_cook(sp, a) != 0)
				return -1;
			return dt_err(sp, a, arg[fd->code], "%s( ) argument #%d is incompatible with "
				      "prototype:\n\tprototype: aggregation\n\t argument: %s", n->str,
				      i + 1, TNAME(a->type, b));
		}
		for (ap = sp->dtp->aggs; ap; ap = ap->next)
			if (strcmp(ap->name, a->str) == 0)
				break;
		if (ap == NULL)
			return dt_err(sp, a, bad[fd->code], "undefined aggregation: %s", a->str);
		if (first == NULL) {
			first = ap;
		} else if (ap->nkeys != first->nkeys) {
			return dt_err(sp, a, D_PRINTA_AGGKEY, "printa( ): %s and %s do not have matching key "
				      "signatures: %s has %d key%s, %s has %d key%s", first->name, ap->name,
				      first->name, first->nkeys, first->nkeys == 1 ? "" : "s", ap->name,
				      ap->nkeys, ap->nkeys == 1 ? "" : "s");
		}
		a->agg = ap;
	}
	return 0;
}

/* Is n a call of stack(), func()/sym() or mod(), which may also be aggregation keys? */
static bool
dt_is_keyfunc(const dt_node_t *n)
{
	return n->kind == DT_N_CALL && (n->ctype.kind == DT_TK_STACK ||
					n->ctype.kind == DT_TK_SYMADDR ||
					n->ctype.kind == DT_TK_MODADDR);
}

/*
 * stack([nframes]), func(addr), sym(addr), mod(addr): the arguments are
 * cooked.  What the call records goes to n->ctype: the stack's depth (a
 * positive integer constant, the stackframes option by default) as its
 * size, or the kind of symbol an address is shown as.
 */
static int
dt_cook_stackfunc(dt_sema_t *sp, dt_node_t *n, const dt_func_desc_t *fd, int argc)
{
	dt_node_t *a = n->args;
	char b[128];
	uint64_t nframes = sp->dtp->stackframes;

	if (fd->code == DT_ACT_STACK) {
		if (argc > 1)
			return dt_err(sp, n, D_STACK_PROTO, "stack( ) prototype mismatch: too many arguments");
		if (argc == 1) {
			if (!dt_isint(a))
				return dt_err(sp, n, D_PROTO_ARG, "stack( ) argument #1 is incompatible "
					      "with prototype:\n\tprototype: uint32_t\n\t argument: %s",
					      TNAME(a->type, b));
			if (!a->isconst || a->value <= 0)
				return dt_err(sp, n, D_STACK_SIZE, "stack( ) argument #1 must be a "
					      "non-zero positive integer constant");
			nframes = (uint64_t)a->value;
		}
		/* the kernel fills at most DT_STACK_MAXFRAMES frames: no room is kept for more */
		if (nframes > DT_STACK_MAXFRAMES)
			nframes = DT_STACK_MAXFRAMES;
		n->ctype = (dt_type_t){ .kind = DT_TK_STACK, .size = (uint32_t)nframes * 8 };
		return 0;
	}
	if (argc != 1)
		return dt_err(sp, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%s passed, 1 expected",
			      n->str, argc, argc == 1 ? "" : "s");
	if (!dt_isscalar(a) || a->type.kind == DT_TK_STRING)
		return dt_err(sp, n, D_PROTO_ARG, "%s( ) argument #1 is incompatible with prototype:\n"
			      "\tprototype: uintptr_t\n\t argument: %s", n->str, TNAME(a->type, b));
	n->ctype = (dt_type_t){ .kind = fd->code == DT_ACT_SYM ? DT_TK_SYMADDR : DT_TK_MODADDR,
				.size = 8 };
	return 0;
}

static int
dt_cook_call(dt_sema_t *sp, dt_node_t *n)
{
	const dt_func_desc_t *fd = NULL;
	dt_node_t *a;
	int argc = 0;
	char b[128];

	for (size_t i = 0; i < sizeof(dt_funcs) / sizeof(dt_funcs[0]); i++)
		if (strcmp(dt_funcs[i].name, n->str) == 0)
			fd = &dt_funcs[i];
	if (fd == NULL && (dt_builtin_exists(n->str) || dt_ident_find(sp->dtp, DT_IDK_GLOBAL, n->str)))
		return dt_err(sp, n, D_FUNC_IDKIND, "scalar '%s' may not be referenced as a function",
			      n->str);
	if (fd == NULL && dt_aggfunc_find(n->str) >= 0) {
		sp->dtp->cur_region = NULL;	/* found by code generation */
		return dt_err(sp, n, D_CG_EXPR, "%s %s( ) may not be called from a D expression "
			      "(D program context required)", "aggregating function", n->str);
	}
	if (fd == NULL)
		return dt_err(sp, n, D_FUNC_UNDEF, "undefined function name: %s", n->str);
	if (fd->code >= DT_SUB_FIRST)
		return dt_cook_subr(sp, n, fd);
	/*
	 * DTrace finds the errors below when it generates code, after the
	 * predicate and actions are checked: -n messages name no region.
	 */
	if (sp->in_pred || sp->clp == NULL) {
		sp->dtp->cur_region = NULL;
		return dt_err(sp, n, D_CG_EXPR, "%s %s( ) may not be called from a D expression "
			      "(D program context required)", "tracing function", n->str);
	}
	if (fd->code == DT_ACT_PRINTA || fd->code == DT_ACT_TRUNC || fd->code == DT_ACT_CLEAR ||
	    fd->code == DT_ACT_NORMALIZE || fd->code == DT_ACT_DENORMALIZE) {
		if (dt_cook_aggargs(sp, n, fd) != 0)
			return -1;
	}
	if ((fd->code == DT_ACT_TRACE || fd->code == DT_ACT_PRINT) && n->args != NULL &&
	    n->args->kind == DT_N_AGG) {
		/* DTrace finds this when it generates code: no region is named */
		sp->dtp->cur_region = NULL;
		return dt_err(sp, n, fd->code == DT_ACT_TRACE ? D_TRACE_AGG : D_PRINT_AGG,
			      "%s( ) may not be applied to an aggregation", n->str);
	}
	for (a = n->args; a; a = a->next) {
		argc++;
		if (dt_cook(sp, a) != 0)
			return -1;
	}
	if (fd->code == DT_ACT_STACK || fd->code == DT_ACT_SYM || fd->code == DT_ACT_MOD) {
		n->value = fd->code;
		n->type = dt_type_void;
		return dt_cook_stackfunc(sp, n, fd, argc);
	}
	if (argc < fd->minargs || argc > fd->maxargs) {
		if (fd->minargs == fd->maxargs)
			return dt_err(sp, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%s passed, %d expected",
				      n->str, argc, argc == 1 ? "" : "s", fd->minargs);
		return dt_err(sp, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%s passed, at least %d expected",
			      n->str, argc, argc == 1 ? "" : "s", fd->minargs);
	}
	n->value = fd->code;
	n->type = dt_type_void;
	if ((fd->code == DT_ACT_TRUNC || fd->code == DT_ACT_NORMALIZE) && argc == 2 &&
	    !dt_isint(n->args->next))
		return dt_err(sp, n, fd->code == DT_ACT_TRUNC ? D_TRUNC_SCALAR : D_NORMALIZE_SCALAR,
			      "%s( ) argument #2 must be of scalar type", n->str);
	switch (fd->code) {
	case DT_ACT_SPECULATE:
	case DT_ACT_COMMIT:
	case DT_ACT_DISCARD:
		sp->dtp->uses_spec = true;
		/* FALLTHROUGH */
	case DT_ACT_EXIT:
		if (!dt_isint(n->args))
			return dt_err(sp, n, D_PROTO_ARG, "%s( ) argument #1 is incompatible with prototype:\n"
					     "\tprototype: int\n\t argument: %s", n->str,
				      TNAME(n->args->type, b));
		break;
	case DT_ACT_SETOPT:
		/* the option and its value: strings the consumer hands to setopt */
		argc = 0;
		for (a = n->args; a; a = a->next)
			if (++argc && !dt_type_isstrlike(sp->dtp, a->type))
				return dt_err(sp, n, D_PROTO_ARG, "setopt( ) argument #%d is incompatible "
					      "with prototype:\n\tprototype: const char *\n\t argument: %s",
					      argc, TNAME(a->type, b));
		break;
	case DT_ACT_PRINTF:
		if (n->args->kind != DT_N_STRING) {
			sp->dtp->cur_region = NULL;	/* found by code generation */
			return dt_err(sp, n, D_PRINTF_ARG_FMT, "printf( ) argument #1 is incompatible with prototype:\n"
					     "\tprototype: string constant\n\t argument: %s",
				      TNAME(n->args->type, b));
		}
		/* the other arguments are checked against the format, in dt_cg.c */
		break;
	case DT_ACT_TRACEMEM: {
		dt_node_t *size = n->args->next, *dsize = size->next;

		if (!dt_isscalar(n->args))
			return dt_err(sp, n->args, D_TRACEMEM_ADDR, "tracemem( ) argument #1 is incompatible "
				      "with prototype:\n\tprototype: pointer or integer\n\t argument: %s",
				      TNAME(n->args->type, b));
		if (!size->isconst || size->kind != DT_N_INT || size->value <= 0)
			return dt_err(sp, size, D_TRACEMEM_SIZE, "tracemem( ) argument #2 must be a "
				      "non-zero positive integral constant expression");
		if (dsize != NULL && dsize->next != NULL)
			return dt_err(sp, dsize->next, D_TRACEMEM_ARGS, "tracemem ( ) prototype mismatch: "
				      "expected at most 3 args");
		if (dsize != NULL && !dt_isscalar(dsize))
			return dt_err(sp, dsize, D_TRACEMEM_DYNSIZE, "tracemem ( ) dynamic size "
				      "(argument #3) must be of scalar type");
		break;
	}
	case DT_ACT_TRACE:
		if (n->args->type.kind == DT_TK_VOID || n->args->type.kind == DT_TK_FUNC)
			sp->dtp->cur_region = NULL;	/* found by code generation */
		if (n->args->type.kind == DT_TK_VOID)
			return dt_err(sp, n, D_TRACE_VOID, "trace( ) may not be applied to a void expression");
		if (n->args->type.kind == DT_TK_FUNC)
			return dt_err(sp, n, D_PROTO_ARG, "trace( ) argument #1 is incompatible with "
				      "prototype:\n\tprototype: scalar or string\n\t argument: %s",
				      TNAME(n->args->type, b));
		break;
	case DT_ACT_PRINT:
		/* as trace( ), with print( )'s own message */
		if (n->args->type.kind == DT_TK_VOID) {
			sp->dtp->cur_region = NULL;	/* found by code generation */
			return dt_err(sp, n, D_PRINT_VOID, "print( ) may not be applied to a void expression");
		}
		break;
	default:
		break;
	}
	return 0;
}

/* A member of a struct/union value (.) or of what a pointer points at (->). */
static int
dt_cook_member(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left;
	dt_type_t sou;
	uint64_t off;
	char b[128];

	if (l->kind == DT_N_IDENT && l->scope == DT_SCOPE_GLOBAL) {
		dt_ident_t *idp = dt_ident_find(sp->dtp, DT_IDK_GLOBAL, l->str);

		/* an inline that stands for an xlate: translate the member */
		if (idp != NULL && idp->kind == DT_IDK_INLINE && idp->expr->kind == DT_N_XLATE) {
			l = n->left = dt_node_copy(sp, idp->expr);
			l->next = NULL;
		}
	}
	if (dt_is_args(sp, l) && dt_args_rewrite(sp, l) != 0)
		return -1;
	if (l->kind == DT_N_XLATE)
		return dt_xlate_member(sp, n);
	if (dt_cook(sp, l) != 0)
		return -1;
	sou = l->type;
	if (n->op == DT_OP_DEREF) {
		if (!dt_isptr(l))
			return dt_err(sp, n, D_OP_PTR, "operator -> must be applied to a pointer");
		sou = dt_type_deref(sp->dtp, l->type);
	}
	if (!dt_issou(sou) && n->op == DT_OP_DEREF)
		return dt_err(sp, n, D_OP_SOU, "operator -> cannot be applied to pointer to type "
			      "\"%s\"; must be applied to a struct or union pointer", TNAME(sou, b));
	if (!dt_issou(sou))
		return dt_err(sp, n, D_OP_SOU, "operator . cannot be applied to type \"%s\"; "
			      "must be applied to a struct or union", TNAME(sou, b));
	if (sou.incomplete)
		return dt_err(sp, n, D_OP_INCOMPLETE, "operator %s cannot be applied to a forward "
			      "declaration: no %s definition is available",
			      n->op == DT_OP_DEREF ? "->" : ".", TNAME(sou, b));
	if (dt_type_member(sp->dtp, sou, n->str, &n->type, &off) != 0)
		return dt_err(sp, n, D_TYPE_MEMBER, "%s is not a member of %s", n->str, TNAME(sou, b));
	n->value = (int64_t)off;        /* the member's offset, in bits */
	/* members of D's own variables can be assigned; kernel memory cannot */
	n->lvalue_ok = n->op != DT_OP_DEREF && l->lvalue_ok;
	return 0;
}

/*
 * An element of an associative array: name[key, ...].  The array is
 * created by its first assignment, which fixes the key types (from the
 * subscripts) and the value type (from the value); the node keeps the
 * array's identifier so that code generation knows its map.
 */
static int
dt_cook_assoc(dt_sema_t *sp, dt_node_t *n, dt_ident_t *idp, bool lvalue)
{
	dtrace_hdl_t *dtp = sp->dtp;
	dt_node_t *l = n->left;
	dt_tlist_t *k, **tail;
	int nargs = 0;
	char b1[128], b2[128];

	for (dt_node_t *a = n->args; a; a = a->next) {
		if (dt_cook(sp, a) != 0)
			return -1;
		nargs++;
	}
	if (l->scope == DT_SCOPE_SELF) {
		if (sp->clp == NULL)
			return dt_err(sp, n, D_IDENT_UNDEF, "self->%s may only be used in a clause", l->str);
		/* the clause marks its thread as having elements, in its task storage */
		sp->clp->uses |= DT_USES_TLS;
	}
	if (idp == NULL) {
		if (!lvalue)
			return dt_err(sp, n, D_IDENT_UNDEF, "failed to resolve %s: Unknown variable name",
				      l->str);
		idp = dt_ident_new(dtp, l->scope == DT_SCOPE_SELF ? DT_IDK_TLS : DT_IDK_GLOBAL, l->str);
		tail = &idp->keys;
		for (dt_node_t *a = n->args; a; a = a->next) {
			k = dt_alloc(dtp, sizeof(*k));
			k->type = dt_infer_type(sp, a);
			if (k->type.kind != DT_TK_STRING && !dt_isscalar(a))
				return dt_err(sp, n, D_ARR_BADREF,
					      "%s[ ] key #%d may not be of type %s", l->str,
					      nargs, TNAME(a->type, b1));
			*tail = k;
			tail = &k->next;
		}
		idp->nkeys = nargs;
	}
	if (nargs != idp->nkeys)
		return dt_err(sp, n, D_PROTO_LEN,
			      "%s[ ] prototype mismatch: %d key%s passed, %d expected", l->str, nargs,
			      nargs == 1 ? "" : "s", idp->nkeys);
	k = idp->keys;
	nargs = 0;
	for (dt_node_t *a = n->args; a; a = a->next, k = k->next) {
		bool ok = k->type.kind == DT_TK_STRING ? dt_type_isstrlike(dtp, a->type)
						       : dt_isscalar(a) && a->type.kind != DT_TK_STRING;

		nargs++;
		if (!ok)
			return dt_err(sp, n, D_PROTO_ARG,
				      "%s[ ] key #%d is incompatible with prototype:\n\tprototype: %s\n\t%9s: %s",
				      l->str, nargs, TNAME(k->type, b1), "key", TNAME(a->type, b2));
	}
	if (!idp->defined && !lvalue)
		return dt_err(sp, n, D_IDENT_UNDEF, "failed to resolve %s: Unknown variable name", l->str);
	n->ident = idp;
	n->type = idp->type;
	n->lvalue_ok = true;
	return 0;
}

/* What an expression is, as DTrace names it in messages ("scalar this->x"). */
static const char *
dt_node_desc(const dt_node_t *n, char *buf, size_t len)
{
	if (n->kind == DT_N_IDENT)
		snprintf(buf, len, "scalar %s%s", n->scope == DT_SCOPE_SELF ? "self->" :
			 n->scope == DT_SCOPE_THIS ? "this->" : "", n->str);
	else if (n->kind == DT_N_MEMBER)
		snprintf(buf, len, "operator %s", n->op == DT_OP_DEREF ? "->" : ".");
	else if (n->kind == DT_N_INDEX)
		snprintf(buf, len, "operator [");
	else if (n->kind == DT_N_CALL)
		snprintf(buf, len, "%s( )", n->str);
	else
		snprintf(buf, len, "expression");
	return buf;
}

/* Is n args[...], D's typed probe arguments (not a variable of the program)? */
static bool
dt_is_args(dt_sema_t *sp, const dt_node_t *n)
{
	return n->kind == DT_N_INDEX && n->left->kind == DT_N_IDENT &&
	       n->left->scope == DT_SCOPE_GLOBAL && strcmp(n->left->str, "args") == 0 &&
	       dt_ident_find(sp->dtp, DT_IDK_GLOBAL, "args") == NULL;
}

/* The first of the clause's descriptions that names the probe, as DTrace prints it. */
static const char *
dt_args_desc(const dt_clause_t *clp, const dt_probe_t *prp, char *buf, size_t len)
{
	const dt_pdesc_t *pd = clp->descs;

	for (const dt_pdesc_t *d = clp->descs; prp && d; d = d->next) {
		if (dt_glob_match(d->prov, prp->prov) && dt_glob_match(d->mod, prp->mod) &&
		    dt_glob_match(d->func, prp->func) && dt_glob_match(d->name, prp->name)) {
			pd = d;
			break;
		}
	}
	snprintf(buf, len, "%s:%s:%s:%s", pd->prov, pd->mod, pd->func, pd->name);
	return buf;
}

/*
 * args[N]: the N-th typed argument of the probes the clause matches.
 * DTrace requires them all to give it one type.  The node becomes a cast
 * of the raw argument (argK) to that type, or, for a translated argument,
 * xlate<T>(that cast) -- left uncooked, for the member reference around it.
 */
static int
dt_args_rewrite(dt_sema_t *sp, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sp->dtp;
	dt_clause_t *clp = sp->clp;
	dt_node_t *i = n->args, *raw, *cast;
	const dt_argdesc_t *ad = NULL;
	dt_type_t t;
	char b[256];
	int64_t idx;

	if (clp == NULL)
		return dt_err(sp, n, D_ARGS_NONE,
			      "args[ ] may not be referenced outside of a probe clause");
	if (i->next != NULL) {
		int argc = 0;

		for (dt_node_t *a = i; a; a = a->next)
			argc++;
		return dt_err(sp, n, D_PROTO_LEN, "args[ ] prototype mismatch: %d args passed, 1 expected",
			      argc);
	}
	if (dt_cook(sp, i) != 0)
		return -1;
	if (!(i->kind == DT_N_INT && i->isconst))
		return dt_err(sp, n, D_ARGS_TYPE, "args[ ] argument #1 is incompatible with prototype:\n"
			      "\tprototype: integer constant\n\t argument: %s", TNAME(i->type, b));
	idx = i->value;
	if (clp->nprobes == 0)
		return dt_err(sp, n, D_ARGS_MULTI, "args[ ] may not be referenced because probe "
			      "description %s matches an unstable set of probes",
			      dt_args_desc(clp, NULL, b, sizeof(b)));
	for (int k = 0; k < clp->nprobes; k++) {
		dt_probe_t *prp = clp->probes[k];
		const dt_argdesc_t *a;

		if (idx < 0 || idx >= dt_probe_args(dtp, prp))
			return dt_err(sp, n, D_ARGS_IDX, "index %lld is out of range for %s args[ ]",
				      (long long)idx, dt_args_desc(clp, prp, b, sizeof(b)));
		a = &prp->argv[idx];
		if (ad == NULL) {
			ad = a;
			continue;
		}
		if (strcmp(a->type, ad->type) != 0 || a->native != ad->native ||
		    (a->xlate == NULL) != (ad->xlate == NULL) ||
		    (a->xlate && strcmp(a->xlate, ad->xlate) != 0))
			return dt_err(sp, n, D_ARGS_MULTI, "args[ ] may not be referenced because probe "
				      "description %s matches an unstable set of probes",
				      dt_args_desc(clp, prp, b, sizeof(b)));
	}
	/*
	 * A type this compiler cannot name (a kernel typedef missing from
	 * BTF) leaves the argument a 64-bit integer, as argN is.
	 */
	if (dt_type_lookup_decl(dtp, ad->type, &t) != 0)
		t = dt_type_long;
	raw = dt_node_new(dtp, DT_N_IDENT, n->line);
	snprintf(b, sizeof(b), "arg%d", ad->native);
	raw->str = dt_astrdup(dtp, b);
	cast = dt_node_new(dtp, DT_N_CAST, n->line);
	cast->left = raw;
	cast->ctype = t;
	/* a string in user memory (the path exec(2) is given) is its copyinstr() */
	if (ad->xlate != NULL && strcmp(ad->xlate, "string") == 0) {
		n->kind = DT_N_CALL;
		n->str = dt_astrdup(dtp, "copyinstr");
		n->args = raw;
		n->left = NULL;
		return 0;
	}
	if (ad->xlate != NULL) {
		/* the translated types and their translators are the D library's */
		if (dt_dlib_require(dtp) != 0)
			return -1;
		if (dt_type_lookup_decl(dtp, ad->xlate, &t) != 0)
			return dt_err(sp, n, D_ARGS_XLATOR, "args[%lld] type %s is not known",
				      (long long)idx, ad->xlate);
		n->kind = DT_N_XLATE;
		n->ctype = t;
		n->left = cast;
		n->args = NULL;
		return 0;
	}
	n->kind = DT_N_CAST;
	n->ctype = cast->ctype;
	n->left = raw;
	n->args = NULL;
	return 0;
}

static int
dt_cook_index(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left, *i = n->args;
	bool lvalue = sp->lvalue;
	uint32_t ne;
	char b[128], b2[128];

	sp->lvalue = false;
	if (dt_is_args(sp, n))   /* read-only: the assignment's check refuses a store */
		return dt_args_rewrite(sp, n) != 0 ? -1 : dt_cook(sp, n);
	if (l->kind == DT_N_IDENT && l->scope == DT_SCOPE_THIS &&
	    dt_ident_find(sp->dtp, DT_IDK_LOCAL, l->str) == NULL)
		return dt_err(sp, n, D_ARR_LOCAL,
			      "local variables may not be used as associative arrays: %s", l->str);
	if (l->kind == DT_N_IDENT && l->scope != DT_SCOPE_THIS && l->str[0] != '$') {
		dt_ident_t *idp = dt_ident_find(sp->dtp, l->scope == DT_SCOPE_SELF ? DT_IDK_TLS : DT_IDK_GLOBAL,
						l->str);

		/* anything but a D array variable or a built-in is an associative array */
		if ((idp == NULL || idp->nkeys > 0) && !dt_builtin_exists(l->str))
			return dt_cook_assoc(sp, n, idp, lvalue);
	}
	if (dt_cook(sp, l) != 0 || dt_cook(sp, i) != 0)
		return -1;
	/* DTrace takes x[i] (one index, x not an associative array) as *(x + i) */
	if (i->next != NULL)
		return dt_err(sp, n, D_ARR_BADREF, "cannot access %s as an associative array",
			      dt_node_desc(l, b, sizeof(b)));
	if (dt_isint(l))
		return dt_err(sp, n, D_DEREF_NONPTR, "cannot dereference non-pointer type");
	if ((!dt_isptr(l) && l->type.kind != DT_TK_ARRAY) || !dt_isint(i) ||
	    dt_type_deref(sp->dtp, l->type).kind == DT_TK_VOID)
		return dt_err(sp, n, D_OP_INCOMPAT, "operands have incompatible types: \"%s\" + \"%s\"",
			      TNAME(l->type, b), TNAME(i->type, b2));
	ne = dt_type_nelems(sp->dtp, l->type);
	/* a flexible array member (no elements: kernel types have many) is not bounded */
	if (l->type.kind == DT_TK_ARRAY && i->isconst && ne > 0 &&
	    (i->value < 0 || (uint64_t)i->value >= ne))
		return dt_err(sp, n, D_ARR_BOUNDS, "index outside array bounds: %llu, max is %i",
			      (unsigned long long)i->value, (int)ne);
	n->type = dt_type_deref(sp->dtp, l->type);
	if (n->type.incomplete)
		return dt_err(sp, n, D_OP_PTR, "cannot index a pointer to incomplete type");
	n->lvalue_ok = l->type.kind == DT_TK_ARRAY && l->lvalue_ok;
	return 0;
}

static int
dt_cook_cast(dt_sema_t *sp, dt_node_t *n)
{
	dt_type_t to = n->ctype;
	dt_node_t *l = n->left;
	char b1[128], b2[128];

	if (dt_cook(sp, l) != 0)
		return -1;
	if (to.kind == DT_TK_VOID && to.id == 0) {
		n->type = dt_type_void;
		return 0;
	}
	n->type = to;
	if ((to.kind == DT_TK_INT || to.kind == DT_TK_PTR) && dt_isscalar(l)) {
		if (l->isconst && l->kind == DT_N_INT && to.kind == DT_TK_INT)
			dt_make_int(n, l->value, to);
		return 0;
	}
	if (to.kind == DT_TK_STRING && dt_type_isstrlike(sp->dtp, l->type))
		return 0;
	if (to.kind == DT_TK_VOID && to.id != 0)
		return 0;
	if (dt_issou(to) && dt_type_same(to, l->type))
		return 0;
	return dt_err(sp, n, D_CAST_INVAL, "invalid cast expression: \"%s\" to \"%s\"",
		      TNAME(l->type, b1), TNAME(to, b2));
}

/* ---- translators --------------------------------------------------- */

static dt_xlator_t *
dt_xlator_find(dt_sema_t *sp, dt_type_t out, dt_type_t in)
{
	for (dt_xlator_t *xp = sp->dtp->xlators; xp; xp = xp->next)
		if (dt_type_same(xp->out, out) &&
		    (dt_type_same(xp->in, in) || dt_type_compat(sp->dtp, xp->in, in)))
			return xp;
	return NULL;
}

/* xlate<T>(e).m and xlate<T *>(e)->m: the translator's expression for m. */
static int
dt_xlate_member(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *x = n->left, *in = x->left, *e = NULL;
	dt_type_t out = x->ctype;
	dt_xlator_t *xp;
	char b1[128], b2[128];
	int line = n->line;

	if (dt_cook(sp, in) != 0)
		return -1;
	if (n->op == DT_OP_DEREF) {
		if (out.kind != DT_TK_PTR)
			return dt_err(sp, n, D_OP_PTR, "operator -> must be applied to a pointer");
		out = dt_type_deref(sp->dtp, out);
	} else if (out.kind == DT_TK_PTR) {
		return dt_err(sp, n, D_OP_SOU, "operator . cannot be applied to type \"%s\"; "
			      "must be applied to a struct or union", TNAME(out, b1));
	}
	xp = dt_xlator_find(sp, out, in->type);
	if (xp == NULL)
		return dt_err(sp, x, D_XLATE_NONE, "cannot translate from \"%s\" to \"%s\"",
			      TNAME(in->type, b1), TNAME(x->ctype, b2));
	for (dt_node_t *m = xp->members; m; m = m->next)
		if (strcmp(m->str, n->str) == 0)
			e = m->right;
	if (e == NULL) {
		uint64_t off;
		dt_type_t mt;

		if (dt_type_member(sp->dtp, out, n->str, &mt, &off) != 0)
			return dt_err(sp, n, D_TYPE_MEMBER, "%s is not a member of %s", n->str,
				      TNAME(out, b2));
		return dt_err(sp, n, D_XLATE_NOCONV,
			      "translator does not define conversion for member: %s", n->str);
	}
	e = dt_node_copy(sp, e);
	e->next = NULL;
	dt_node_subst(sp, e, xp->param, in);
	if (sp->ncopied > DT_SEMA_MAXCOPY)
		return dt_err(sp, n, D_TOO_COMPLEX, "translation of %s expands to more than %d nodes",
			      n->str, DT_SEMA_MAXCOPY);
	if (dt_cook(sp, e) != 0)
		return -1;
	e->next = n->next;      /* n may be an argument in a list */
	*n = *e;
	n->line = line;
	n->lvalue_ok = false;
	return 0;
}

static int
dt_cook_stmts(dt_sema_t *sp, dt_node_t *st)
{
	for (; st; st = st->next) {
		if (st->kind == DT_N_IF) {
			if (dt_cook(sp, st->cond) != 0)
				return -1;
			if (!dt_isscalar(st->cond))
				/* DTrace turns if into predicates, and reports it as one */
				return dt_err(sp, st, D_PRED_SCALAR, "predicate result must be of scalar type");
			if (dt_cook_stmts(sp, st->left) != 0 || dt_cook_stmts(sp, st->right) != 0)
				return -1;
			continue;
		}
		if (st->left && dt_cook(sp, st->left) != 0)
			return -1;
	}
	return 0;
}

static int dt_cook_node(dt_sema_t *sp, dt_node_t *n);

static int
dt_cook(dt_sema_t *sp, dt_node_t *n)
{
	int rc;

	if (sp->nest >= DT_SEMA_MAXNEST)
		return dt_err(sp, n, D_TOO_COMPLEX, "expression nested more than %d levels deep",
			      DT_SEMA_MAXNEST);
	sp->nest++;
	rc = dt_cook_node(sp, n);
	sp->nest--;
	return rc;
}

static int
dt_cook_node(dt_sema_t *sp, dt_node_t *n)
{
	switch (n->kind) {
	case DT_N_INT:
		return 0;
	case DT_N_STRING:
		n->type = dt_type_string;
		n->isconst = true;
		return 0;
	case DT_N_IDENT:
		return dt_cook_ident(sp, n, false);
	case DT_N_CALL:
		return dt_cook_call(sp, n);
	case DT_N_UNARY:
		return dt_cook_unary(sp, n);
	case DT_N_BINARY:
		return dt_cook_binary(sp, n);
	case DT_N_ASSIGN:
		return dt_cook_assign(sp, n);
	case DT_N_AGG:
		if (n->agg != NULL)
			return 0;
		return dt_err(sp, n, D_AGG_NULL, "expression has null effect: %s", n->str);
	case DT_N_TERNARY:
		if (dt_cook(sp, n->cond) != 0)
			return -1;
		if (!dt_isscalar(n->cond))
			return dt_err(sp, n, D_OP_SCALAR, "operator ?: expression must be of scalar type");
		if (n->cond->isconst && n->cond->kind == DT_N_INT) {
			/* the branch not taken is never compiled (it may even hold an action) */
			dt_node_t *keep = n->cond->value ? n->left : n->right;
			dt_node_t *next = n->next;

			if (dt_cook(sp, keep) != 0)
				return -1;
			*n = *keep;
			n->next = next;
			return 0;
		}
		if (dt_cook(sp, n->left) != 0 || dt_cook(sp, n->right) != 0)
			return -1;
		if (dt_isint(n->left) && dt_isint(n->right)) {
			n->type = dt_arith_type(n->left->type, n->right->type);
		} else if (n->left->type.kind == DT_TK_STRING && n->right->type.kind == DT_TK_STRING) {
			n->type = dt_type_string;
		} else if (dt_isptr(n->left) && (dt_isptr(n->right) || (n->right->isconst && n->right->value == 0))) {
			n->type = n->left->type;
		} else if (dt_isptr(n->right) && n->left->isconst && n->left->value == 0) {
			n->type = n->right->type;
		} else if (dt_is_action(n->left) && dt_is_action(n->right)) {
			return dt_err(sp, n, D_OP_ACT, "action cannot be used in a conditional context");
		} else {
			return dt_err(sp, n, D_OP_INCOMPAT, "operator ?: operands must have compatible types");
		}
		return 0;
	case DT_N_CAST:
		return dt_cook_cast(sp, n);
	case DT_N_INDEX:
		return dt_cook_index(sp, n);
	case DT_N_MEMBER:
		return dt_cook_member(sp, n);
	case DT_N_XLATE:
		return dt_err(sp, n, D_XLATE_SOU,
			      "xlate<> may only be used with a member reference (. or ->)");
	default:
		return dt_err(sp, n, D_UNKNOWN, "invalid expression");
	}
}

/* Match the clause's descriptions; each must match at least one probe (unless -Z). */
static int
dt_sema_probes(dt_sema_t *sp)
{
	dt_clause_t *clp = sp->clp;
	int cap = 0;

	for (dt_pdesc_t *pd = clp->descs; pd; pd = pd->next) {
		dt_probe_t **v;
		int n;

		if (dt_probe_match(sp->dtp, pd, &v, &n) != 0) {
			char msg[sizeof(sp->dtp->errmsg)];

			snprintf(msg, sizeof(msg), "%s", sp->dtp->errmsg);
			dt_compile_error(sp->dtp, pd->line, D_PDESC_INVAL, "%s", msg);
			return -1;
		}
		if (n == 0 && !sp->dtp->zdefs) {
			char d[1024];
			const char *why;

			free(v);
			snprintf(d, sizeof(d), "%s:%s:%s:%s", pd->prov, pd->mod, pd->func, pd->name);
			why = dtrace_provider_unavailable(sp->dtp, d);
			dt_compile_error(sp->dtp, pd->line, D_PDESC_ZERO,
					 "probe description %s does not match any probes%s%s", d,
					 why ? ": " : "", why ? why : "");
			return -1;
		}
		for (int i = 0; i < n; i++) {
			int j;

			for (j = 0; j < clp->nprobes; j++)
				if (clp->probes[j] == v[i])
					break;
			if (j < clp->nprobes)
				continue;
			if (clp->nprobes == cap) {
				cap = cap ? cap * 2 : 16;
				clp->probes = dt_realloc(clp->probes, cap * sizeof(dt_probe_t *));
			}
			clp->probes[clp->nprobes++] = v[i];
		}
		free(v);
	}
	return 0;
}

int
dt_sema_clause(dtrace_hdl_t *dtp, dt_clause_t *clp)
{
	dt_sema_t s = { .dtp = dtp, .clp = clp };

	int rc = 0;

	if (dt_sema_probes(&s) != 0)
		return -1;
	/* -n errors name the region being checked, as DTrace's do */
	if (clp->pred) {
		dtp->cur_region = "predicate";
		s.in_pred = true;
		rc = dt_cook(&s, clp->pred);
		s.in_pred = false;
		if (rc == 0 && !dt_isscalar(clp->pred))
			rc = dt_err(&s, clp->pred, D_PRED_SCALAR, "predicate result must be of scalar type");
	}
	if (rc == 0) {
		dtp->cur_region = "action list";
		rc = dt_cook_stmts(&s, clp->body);
	}
	dtp->cur_region = NULL;
	/* the order of speculate( ), commit( ) and what records data */
	if (rc == 0)
		rc = dt_spec_check_clause(dtp, clp);
	return rc;
}

/*
 * An integer constant expression (array dimensions, enumerators, bit-field
 * widths): 0 with *v set; -1 when checking the expression failed (reported);
 * 1 when it is not an integer constant, which the caller reports in its own
 * words, as DTrace does.
 */
int
dt_sema_const(dtrace_hdl_t *dtp, dt_node_t *n, int64_t *v)
{
	dt_sema_t s = { .dtp = dtp };

	if (dt_cook(&s, n) != 0)
		return -1;
	if (!n->isconst || n->kind != DT_N_INT)
		return 1;
	*v = n->value;
	return 0;
}

/* May a value of type v be stored where type t is (an inline, a translator member)? */
static bool
dt_defn_compat(dtrace_hdl_t *dtp, dt_type_t t, dt_type_t v)
{
	/* strings and char arrays are all strings here, as in DTrace */
	if (dt_type_isstrlike(dtp, t) && dt_type_isstrlike(dtp, v))
		return true;
	if (t.kind == DT_TK_STRING)
		return false;
	if (t.kind == DT_TK_INT || t.kind == DT_TK_PTR)
		return v.kind == DT_TK_INT || v.kind == DT_TK_PTR;
	return dt_type_compat(dtp, t, v);
}

/* An inline's definition: check its expression against the declared type. */
int
dt_sema_inline(dtrace_hdl_t *dtp, dt_node_t *e, dt_type_t t, int line, const char *name)
{
	dt_sema_t s = { .dtp = dtp };
	dt_node_t *c = dt_node_copy(&s, e);
	char b1[128], b2[128];
	dt_type_t v;

	(void)line;
	c->next = NULL;
	if (c->kind == DT_N_XLATE) {
		/* xlate's value is only used through a member: check its operand and type */
		if (dt_cook(&s, c->left) != 0)
			return -1;
		v = c->ctype;
	} else {
		if (dt_cook(&s, c) != 0)
			return -1;
		v = c->type;
	}
	if (!dt_defn_compat(dtp, t, v))
		return dt_err(&s, e, D_OP_INCOMPAT, "inline %s definition uses incompatible types: "
			      "\"%s\" = \"%s\"", name, dt_type_name(dtp, t, b1, sizeof(b1)),
			      dt_type_name(dtp, v, b2, sizeof(b2)));
	return 0;
}

/*
 * A translator member's definition, checked where the translator is
 * declared: the parameter stands for a value of the input type.
 */
int
dt_sema_xlator_member(dtrace_hdl_t *dtp, dt_node_t *m, const char *param, dt_type_t in,
		      dt_type_t mt)
{
	dt_sema_t s = { .dtp = dtp };
	dt_node_t *e = dt_node_copy(&s, m->right), *p = dt_node_new(dtp, DT_N_CAST, m->line);
	char b1[128], b2[128];

	e->next = NULL;
	p->left = dt_node_new(dtp, DT_N_INT, m->line);
	p->left->type = dt_type_long;
	p->ctype = in;
	dt_node_subst(&s, e, param, p);
	if (dt_cook(&s, e) != 0)
		return -1;
	if (!dt_defn_compat(dtp, mt, e->type))
		return dt_err(&s, m, D_XLATE_INCOMPAT, "translator member %s definition uses "
			      "incompatible types: \"%s\" = \"%s\"", m->str,
			      dt_type_name(dtp, mt, b1, sizeof(b1)),
			      dt_type_name(dtp, e->type, b2, sizeof(b2)));
	return 0;
}
