/*
 * dt_printf.h -- D's printf(): format parsing and checking at compile time,
 * formatting of recorded values at consume time.
 */
#ifndef DT_PRINTF_H
#define DT_PRINTF_H

#include <stdio.h>
#include "dt_impl.h"

typedef struct dt_pfargv dt_pfargv_t;

/* A value handed to one conversion (or to a '*' width/precision). */
typedef struct dt_pfval {
	dt_type_t type;   /* DT_TK_INT (size, sign) or DT_TK_STRING */
	int64_t value;    /* integers, already sign/zero-extended from type.size */
	const char *str;  /* strings: NUL-terminated */
	const uint64_t *pcs;  /* DT_TK_STACK (printa's %k): type.size / 8 frames */
} dt_pfval_t;

/*
 * Parse a format.  Returns NULL on a malformed format with DTrace's message
 * in err (e.g. "printf( ) format conversion #1 is invalid: %y"), the
 * function name being 'fn' ("printf").
 */
dt_pfargv_t *dt_printf_parse(const char *fn, const char *fmt, char *err, size_t errlen);

/* Number of values the format consumes (conversions plus '*' widths). */
int dt_printf_nvals(const dt_pfargv_t *pfv);

/*
 * Check the argument types against the conversions: count and type
 * compatibility, with DTrace's messages.  0 if fine, -1 with err set and
 * *tagp (if tagp is not NULL) the D_PRINTF_* tag of the check that failed.
 * tnames, if not NULL, holds the arguments' type names for the messages.
 */
int dt_printf_check(const dt_pfargv_t *pfv, const dt_type_t *types, const char *const *tnames,
		    int ntypes, dt_errtag_t *tagp, char *err, size_t errlen);

/* Format the values to fp.  Returns the number of bytes written or -1. */
int dt_printf_format(FILE *fp, const dt_pfargv_t *pfv, const dt_pfval_t *vals, int nvals);

/*
 * printa( ): keys feed the conversions without '@'; the %@ conversions take
 * aggvals in turn (a histogram's, of type void, is printed by hist).
 */
int dt_printf_format_agg(FILE *fp, const dt_pfargv_t *pfv, const dt_pfval_t *keys, int nkeys,
			 const dt_pfval_t *aggvals, int naggs, int (*hist)(FILE *, int, void *),
			 void *ctx);

/*
 * How %a and %k show kernel addresses: addr2str(dtp, addr, buf, len)
 * (dt_ksym_addr2str), and dtp's stackindent before each %k frame.  Unbound
 * formats print addresses as numbers.
 */
typedef void dt_pfaddr2str_f(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len);
void dt_printf_bind(dt_pfargv_t *pfv, dtrace_hdl_t *dtp, dt_pfaddr2str_f *addr2str);

void dt_printf_free(dt_pfargv_t *pfv);

#endif
