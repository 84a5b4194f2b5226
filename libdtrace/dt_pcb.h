/*
 * dt_pcb.h -- the parse control block: what the lexer and the parser share
 * while one D program is compiled.
 */
#ifndef DT_PCB_H
#define DT_PCB_H

#include "dt_impl.h"

typedef struct dt_pcb {
	dtrace_hdl_t *dtp;
	const char *name;        /* script file name or -n text, for messages */
	const char *text;        /* the program text (NUL-terminated copy) */
	dtrace_probespec_t spec;
	void *scanner;           /* flex's yyscan_t */
	dt_clause_t *clauses;    /* parsed clauses, in order */
	dt_clause_t **tail;
	int nclauses;
	/* lexer state */
	int depth;               /* brace depth inside a clause body */
	int parens;              /* parenthesis depth */
	bool in_pred;            /* between the predicate's slashes */
	bool in_body;
	bool in_decl;            /* a top-level declaration, until its ';' */
	int last_tok;            /* the token most recently returned */
	bool decl_typed;         /* the declaration being read has named its type */
	bool failed;
	const char *last_text;   /* text of the token most recently returned */
	/* declarations being parsed (dt_decl.c) */
	void *sou;               /* stack of structs/unions being declared */
	int nsou;
	unsigned long enum_id;   /* the enum being declared */
	int64_t enum_next;       /* the value of its next enumerator */
} dt_pcb_t;

/* Report a compile error at 'line' (formats the handle's errmsg once). */
void dt_pcb_error(dt_pcb_t *pcb, int line, dt_errtag_t tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* From the generated scanner. */
int dt_lex_init(dt_pcb_t *pcb, const char *text, size_t len);
void dt_lex_fini(dt_pcb_t *pcb);
int dt_lex_line(dt_pcb_t *pcb);

/* Process escapes of a string or character literal body (in place). */
size_t dt_unescape(char *s, size_t len);

#endif
