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

const dt_type_t dt_type_void = { DT_TK_VOID, 0, false };
const dt_type_t dt_type_int = { DT_TK_INT, 4, true };
const dt_type_t dt_type_uint = { DT_TK_INT, 4, false };
const dt_type_t dt_type_long = { DT_TK_INT, 8, true };
const dt_type_t dt_type_ulong = { DT_TK_INT, 8, false };
const dt_type_t dt_type_string = { DT_TK_STRING, 0, false };

typedef struct dt_builtin_desc {
	const char *name;
	int code;
	dt_type_t type;
	uint32_t uses;
} dt_builtin_desc_t;

#define T_INT { DT_TK_INT, 4, true }
#define T_UINT { DT_TK_INT, 4, false }
#define T_LONG { DT_TK_INT, 8, true }
#define T_ULONG { DT_TK_INT, 8, false }
#define T_STR { DT_TK_STRING, 0, false }

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
};

typedef struct dt_func_desc {
	const char *name;
	dt_func_t code;
	int minargs, maxargs;
} dt_func_desc_t;

static const dt_func_desc_t dt_funcs[] = {
	{ "trace", DT_ACT_TRACE, 1, 1 },
	{ "printf", DT_ACT_PRINTF, 1, 64 },
	{ "exit", DT_ACT_EXIT, 1, 1 },
};

typedef struct dt_sema {
	dtrace_hdl_t *dtp;
	dt_clause_t *clp;
	bool in_pred;
} dt_sema_t;

static int dt_cook(dt_sema_t *sp, dt_node_t *n);

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
	dt_compile_error(sp->dtp, n ? n->line : sp->clp->line, tag, "%s", msg);
	return -1;
}

const char *
dt_type_name(dt_type_t t, char *buf, size_t len)
{
	static const char *const sname[] = { "char", "short", "int", "long" };
	int i;

	switch (t.kind) {
	case DT_TK_VOID:
		return "void";
	case DT_TK_STRING:
		return "string";
	default:
		i = t.size == 1 ? 0 : t.size == 2 ? 1 : t.size == 4 ? 2 : 3;
		snprintf(buf, len, "%s%s", t.sign ? "" : "unsigned ", sname[i]);
		return buf;
	}
}

/* Truncate a value to its type, as a store of that type would. */
static int64_t
dt_norm(int64_t v, dt_type_t t)
{
	switch (t.size) {
	case 1: return t.sign ? (int64_t)(int8_t)v : (int64_t)(uint8_t)v;
	case 2: return t.sign ? (int64_t)(int16_t)v : (int64_t)(uint16_t)v;
	case 4: return t.sign ? (int64_t)(int32_t)v : (int64_t)(uint32_t)v;
	default: return v;
	}
}

static dt_type_t
dt_promote(dt_type_t t)
{
	if (t.size < 4)
		return dt_type_int;
	return t;
}

/* C's usual arithmetic conversions. */
dt_type_t
dt_arith_type(dt_type_t a, dt_type_t b)
{
	a = dt_promote(a);
	b = dt_promote(b);
	if (a.size == b.size) {
		a.sign = a.sign && b.sign;
		return a;
	}
	return a.size > b.size ? a : b;
}

bool
dt_type_same(dt_type_t a, dt_type_t b)
{
	return a.kind == b.kind && a.size == b.size && a.sign == b.sign;
}

static bool
dt_isint(const dt_node_t *n)
{
	return n->type.kind == DT_TK_INT;
}

dt_ident_t *
dt_ident_lookup(dtrace_hdl_t *dtp, const char *name)
{
	dt_ident_t *idp;

	for (idp = dtp->globals; idp; idp = idp->next)
		if (strcmp(idp->name, name) == 0)
			return idp;
	return NULL;
}

static dt_ident_t *
dt_ident_add(dtrace_hdl_t *dtp, const char *name, dt_idkind_t kind, int code, dt_type_t type)
{
	dt_ident_t *idp = dt_zalloc(sizeof(*idp));

	idp->name = dt_strdup(name);
	idp->kind = kind;
	idp->code = code;
	idp->type = type;
	idp->next = dtp->globals;
	dtp->globals = idp;
	return idp;
}

/* Give a new global variable its type and storage. */
static void
dt_global_define(dtrace_hdl_t *dtp, dt_ident_t *idp, dt_type_t t)
{
	uint32_t size = t.kind == DT_TK_STRING ? (uint32_t)dtp->strsize : 8;

	idp->type = t;
	idp->defined = true;
	idp->offset = dtp->global_size;
	dtp->global_size += (size + 7) & ~7u;
}

static int
dt_cook_ident(dt_sema_t *sp, dt_node_t *n, bool lvalue)
{
	dtrace_hdl_t *dtp = sp->dtp;
	dt_ident_t *idp;
	size_t i;

	for (i = 0; i < sizeof(dt_builtins) / sizeof(dt_builtins[0]); i++) {
		if (strcmp(dt_builtins[i].name, n->str) == 0) {
			if (lvalue)
				return dt_err(sp, n, D_OP_WRITE, "%s is a read-only variable", n->str);
			n->type = dt_builtins[i].type;
			n->value = dt_builtins[i].code;
			sp->clp->uses |= dt_builtins[i].uses;
			idp = NULL;
			n->ident = NULL;
			return 0;
		}
	}
	if (n->str[0] == '$') {
		const char *name = n->str + 1;
		bool str = false;
		char *end;
		long k;

		if (lvalue)
			return dt_err(sp, n, D_OP_WRITE, "%s is a read-only variable", n->str);
		if (strcmp(name, "target") == 0) {
			n->kind = DT_N_INT;
			n->value = dtp->target;
			n->type = dt_type_int;
			n->isconst = true;
			return 0;
		}
		if (name[0] == '$') {
			str = true;
			name++;
		}
		k = strtol(name, &end, 10);
		if (*name == '\0' || *end != '\0')
			return dt_err(sp, n, D_IDENT_UNDEF, "failed to resolve %s: Unknown variable name", n->str);
		if (k == 0) {
			n->kind = DT_N_STRING;
			n->str = dt_astrdup(dtp, dtp->cur_name ? dtp->cur_name : "dtrace");
		} else if (k > dtp->macro_argc) {
			return dt_err(sp, n, D_MACRO_UNDEF, "macro argument %s is not defined", n->str);
		} else if (str) {
			n->kind = DT_N_STRING;
			n->str = dt_astrdup(dtp, dtp->macro_argv[k - 1]);
		} else {
			const char *a = dtp->macro_argv[k - 1];

			errno = 0;
			n->value = strtoll(a, &end, 0);
			if (*a == '\0' || *end != '\0' || errno != 0) {
				n->kind = DT_N_STRING;
				n->str = dt_astrdup(dtp, a);
				n->type = dt_type_string;
				n->isconst = true;
				return 0;
			}
			n->kind = DT_N_INT;
			n->type = n->value == (int32_t)n->value ? dt_type_int : dt_type_long;
			n->isconst = true;
			return 0;
		}
		n->type = dt_type_string;
		n->isconst = true;
		return 0;
	}
	idp = dt_ident_lookup(dtp, n->str);
	if (idp == NULL || idp->kind != DT_IDK_GLOBAL) {
		if (idp != NULL || !lvalue)
			return dt_err(sp, n, D_IDENT_UNDEF, "failed to resolve %s: Unknown variable name", n->str);
		idp = dt_ident_add(dtp, n->str, DT_IDK_GLOBAL, 0, dt_type_void);
	}
	n->ident = idp;
	n->type = idp->type;
	return 0;
}

static bool
dt_is_lvalue(const dt_node_t *n)
{
	return n->kind == DT_N_IDENT && n->ident != NULL && n->ident->kind == DT_IDK_GLOBAL;
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

static int
dt_cook_binary(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left, *r = n->right;
	char b1[32], b2[32];
	int64_t v;

	if (dt_cook(sp, l) != 0 || dt_cook(sp, r) != 0)
		return -1;
	if (n->op == DT_OP_COMMA) {
		n->type = r->type;
		return 0;
	}
	if (l->type.kind == DT_TK_VOID || r->type.kind == DT_TK_VOID)
		return dt_err(sp, n, D_OP_SCALAR, "operator %s requires operands of scalar type",
			      dt_opname(n->op));
	if (dt_is_cmp(n->op)) {
		if (l->type.kind != r->type.kind)
			return dt_err(sp, n, D_OP_INCOMPAT, "operands have incompatible types: \"%s\" %s \"%s\"",
				      dt_type_name(l->type, b1, sizeof(b1)), dt_opname(n->op),
				      dt_type_name(r->type, b2, sizeof(b2)));
		n->type = dt_type_int;
		if (l->type.kind == DT_TK_STRING) {
			if (l->kind == DT_N_STRING && r->kind == DT_N_STRING) {
				int c = strcmp(l->str, r->str);

				dt_make_int(n, dt_fold_cmp(n->op, true, c, 0), dt_type_int);
			}
			return 0;
		}
		if (l->isconst && r->isconst) {
			dt_type_t t = dt_arith_type(l->type, r->type);

			dt_make_int(n, dt_fold_cmp(n->op, t.sign, dt_norm(l->value, t),
						   dt_norm(r->value, t)), dt_type_int);
		}
		return 0;
	}
	if (n->op == DT_OP_LAND || n->op == DT_OP_LOR || n->op == DT_OP_LXOR) {
		if (l->type.kind != DT_TK_INT || r->type.kind != DT_TK_INT)
			return dt_err(sp, n, D_OP_SCALAR, "operator %s requires operands of scalar type",
				      dt_opname(n->op));
		n->type = dt_type_int;
		if (l->isconst && r->isconst) {
			bool a = l->value != 0, b = r->value != 0;

			dt_make_int(n, n->op == DT_OP_LAND ? a && b : n->op == DT_OP_LOR ? a || b : a != b,
				    dt_type_int);
		}
		return 0;
	}
	if (!dt_isint(l) || !dt_isint(r))
		return dt_err(sp, n, D_OP_ARITH, "operator %s requires operands of %s type", dt_opname(n->op),
			      (n->op == DT_OP_ADD || n->op == DT_OP_SUB || n->op == DT_OP_MUL ||
			       n->op == DT_OP_DIV) ? "arithmetic" : "integral");
	if (n->op == DT_OP_SHL || n->op == DT_OP_SHR)
		n->type = dt_promote(l->type);
	else
		n->type = dt_arith_type(l->type, r->type);
	if ((n->op == DT_OP_DIV || n->op == DT_OP_MOD) && r->isconst && r->value == 0)
		return dt_err(sp, n, D_DIV_ZERO, "expression contains division by zero");
	if (l->isconst && r->isconst) {
		if (dt_fold2(n->op, n->type, dt_norm(l->value, n->type), r->value, &v) == 0)
			dt_make_int(n, v, n->type);
	}
	return 0;
}

static int
dt_cook_unary(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left;

	switch (n->op) {
	case DT_OP_PREINC: case DT_OP_PREDEC: case DT_OP_POSTINC: case DT_OP_POSTDEC:
		if (l->kind != DT_N_IDENT)
			return dt_err(sp, n, D_OP_LVAL, "operator %s requires a writable lvalue operand",
				      dt_opname(n->op));
		if (dt_cook_ident(sp, l, true) != 0)
			return -1;
		if (!dt_is_lvalue(l))
			return dt_err(sp, n, D_OP_LVAL, "operator %s requires a writable lvalue operand",
				      dt_opname(n->op));
		if (!l->ident->defined)
			dt_global_define(sp->dtp, l->ident, dt_type_int);
		l->type = l->ident->type;
		if (!dt_isint(l))
			return dt_err(sp, n, D_OP_SCALAR, "operator %s requires an operand of scalar type",
				      dt_opname(n->op));
		n->type = l->type;
		return 0;
	case DT_OP_SIZEOF:
		if (dt_cook(sp, l) != 0)
			return -1;
		dt_make_int(n, l->type.kind == DT_TK_STRING ? (int64_t)sp->dtp->strsize : l->type.size,
			    dt_type_ulong);
		return 0;
	case DT_OP_STRINGOF:
	case DT_OP_DEREF:
	case DT_OP_ADDROF:
		if (dt_cook(sp, l) != 0)
			return -1;
		return dt_err(sp, n, D_OP_PTR, "operator %s requires an operand of pointer type",
			      dt_opname(n->op));
	default:
		break;
	}
	if (dt_cook(sp, l) != 0)
		return -1;
	if (!dt_isint(l))
		return dt_err(sp, n, D_OP_ARITH, "operator %s requires an operand of %s type", dt_opname(n->op),
			      n->op == DT_OP_BNOT ? "integral" : n->op == DT_OP_LNOT ? "scalar" : "arithmetic");
	n->type = n->op == DT_OP_LNOT ? dt_type_int : dt_promote(l->type);
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

static int
dt_cook_assign(dt_sema_t *sp, dt_node_t *n)
{
	dt_node_t *l = n->left, *r = n->right;
	char b1[32], b2[32];

	if (l->kind != DT_N_IDENT)
		return dt_err(sp, n, D_OP_LVAL, "operator %s requires a writable lvalue operand",
			      n->op == DT_OP_NONE ? "=" : dt_opname(n->op));
	if (dt_cook(sp, r) != 0)
		return -1;
	if (dt_cook_ident(sp, l, true) != 0)
		return -1;
	if (!dt_is_lvalue(l))
		return dt_err(sp, n, D_OP_SCALAR, "operator = requires a writable lvalue operand");
	if (r->type.kind == DT_TK_VOID)
		return dt_err(sp, n, D_OP_SCALAR, "operator = requires an operand of scalar type");
	if (!l->ident->defined) {
		if (n->op != DT_OP_NONE && r->type.kind != DT_TK_INT)
			return dt_err(sp, n, D_OP_ARITH, "operator %s= requires operands of arithmetic type",
				      dt_opname(n->op));
		dt_global_define(sp->dtp, l->ident,
				 r->type.kind == DT_TK_INT ? dt_promote(r->type) : dt_type_string);
	}
	l->type = l->ident->type;
	if (l->type.kind != r->type.kind)
		return dt_err(sp, n, D_OP_INCOMPAT, "operands have incompatible types: \"%s\" = \"%s\"",
			      dt_type_name(l->type, b1, sizeof(b1)), dt_type_name(r->type, b2, sizeof(b2)));
	if (n->op != DT_OP_NONE && l->type.kind != DT_TK_INT)
		return dt_err(sp, n, D_OP_ARITH, "operator %s= requires operands of arithmetic type",
			      dt_opname(n->op));
	if ((n->op == DT_OP_DIV || n->op == DT_OP_MOD) && r->isconst && r->value == 0)
		return dt_err(sp, n, D_DIV_ZERO, "expression contains division by zero");
	n->type = l->type;
	return 0;
}

static int
dt_cook_call(dt_sema_t *sp, dt_node_t *n)
{
	const dt_func_desc_t *fd = NULL;
	dt_node_t *a;
	int argc = 0;

	for (size_t i = 0; i < sizeof(dt_funcs) / sizeof(dt_funcs[0]); i++)
		if (strcmp(dt_funcs[i].name, n->str) == 0)
			fd = &dt_funcs[i];
	if (fd == NULL)
		return dt_err(sp, n, D_FUNC_UNDEF, "failed to resolve %s: Unknown function name", n->str);
	if (sp->in_pred)
		return dt_err(sp, n, D_PRED_ACT, "%s( ) may not be used in a predicate", n->str);
	for (a = n->args; a; a = a->next) {
		argc++;
		if (dt_cook(sp, a) != 0)
			return -1;
		if (a->type.kind == DT_TK_VOID)
			return dt_err(sp, a, D_PROTO_ARG, "%s( ) argument #%d is of type void", n->str, argc);
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
	switch (fd->code) {
	case DT_ACT_EXIT:
		if (!dt_isint(n->args))
			return dt_err(sp, n, D_PROTO_ARG, "exit( ) argument #1 is incompatible with prototype:\n"
					     "\tprototype: int\n\t argument: string");
		break;
	case DT_ACT_PRINTF:
		if (n->args->kind != DT_N_STRING)
			return dt_err(sp, n, D_PROTO_ARG, "printf( ) argument #1 is incompatible with prototype:\n"
					     "\tprototype: string constant\n\t argument: %s",
				      n->args->type.kind == DT_TK_STRING ? "string" : "int");
		break;
	default:
		break;
	}
	return 0;
}

static int
dt_cook(dt_sema_t *sp, dt_node_t *n)
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
	case DT_N_TERNARY:
		if (dt_cook(sp, n->cond) != 0)
			return -1;
		if (n->cond->type.kind != DT_TK_INT)
			return dt_err(sp, n, D_OP_SCALAR, "operator ?: requires a scalar first operand");
		if (n->cond->isconst) {
			/* the branch not taken is never compiled (it may even hold an action) */
			dt_node_t *keep = n->cond->value ? n->left : n->right;

			if (dt_cook(sp, keep) != 0)
				return -1;
			*n = *keep;
			return 0;
		}
		if (dt_cook(sp, n->left) != 0 || dt_cook(sp, n->right) != 0)
			return -1;
		if (n->left->type.kind != n->right->type.kind || n->left->type.kind == DT_TK_VOID)
			return dt_err(sp, n, D_OP_INCOMPAT, "operator ?: operands must have compatible types");
		n->type = n->left->type.kind == DT_TK_INT ? dt_arith_type(n->left->type, n->right->type)
							  : dt_type_string;
		return 0;
	case DT_N_CAST:
		if (dt_cook(sp, n->left) != 0)
			return -1;
		if (n->ctype.kind == DT_TK_VOID) {
			n->type = dt_type_void;
			return 0;
		}
		if (n->ctype.kind != n->left->type.kind)
			return dt_err(sp, n, D_CAST, "invalid cast expression");
		n->type = n->ctype;
		if (n->left->isconst && n->ctype.kind == DT_TK_INT)
			dt_make_int(n, n->left->value, n->ctype);
		return 0;
	case DT_N_INDEX:
		return dt_err(sp, n, D_NOT_SUPPORTED, "associative arrays are not supported by this version");
	case DT_N_MEMBER:
		return dt_err(sp, n, D_NOT_SUPPORTED, "operator %s is not supported by this version",
			      n->op == DT_OP_DEREF ? "->" : ".");
	default:
		return dt_err(sp, n, D_UNKNOWN, "invalid expression");
	}
}

/* Match the clause's descriptions; each must match at least one probe. */
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
			free(v);
			dt_compile_error(sp->dtp, pd->line, D_PDESC_ZERO,
					 "probe description %s:%s:%s:%s does not match any probes",
					 pd->prov, pd->mod, pd->func, pd->name);
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

	if (dt_sema_probes(&s) != 0)
		return -1;
	if (clp->pred) {
		s.in_pred = true;
		if (dt_cook(&s, clp->pred) != 0)
			return -1;
		s.in_pred = false;
		if (clp->pred->type.kind != DT_TK_INT)
			return dt_err(&s, clp->pred, D_OP_SCALAR, "predicate result must be of scalar type");
	}
	for (dt_node_t *st = clp->body; st; st = st->next) {
		if (st->left && dt_cook(&s, st->left) != 0)
			return -1;
	}
	return 0;
}
