%code requires {
/*
 * dt_grammar.y -- the D grammar: a program is a list of clauses, each a
 * list of probe descriptions, an optional predicate and an optional body
 * of expression statements.  Expressions follow C's precedence, with D's
 * logical exclusive or (^^) between || and &&.
 */
#include "dt_impl.h"
#include "dt_pcb.h"
}

%code {
#include <string.h>
int dt_lex_next(DT_YYSTYPE *lval, void *scanner);
static int dt_yylex(DT_YYSTYPE *lval, dt_pcb_t *pcb) { return dt_lex_next(lval, pcb->scanner); }
static void dt_yyerror(dt_pcb_t *pcb, const char *msg);
static dt_node_t *unop(dt_pcb_t *pcb, dt_op_t op, dt_node_t *l);
static dt_node_t *binop(dt_pcb_t *pcb, dt_op_t op, dt_node_t *l, dt_node_t *r);
static dt_node_t *append(dt_node_t *list, dt_node_t *n);
static void add_clause(dt_pcb_t *pcb, dt_pdesc_t *pd, dt_node_t *pred, dt_node_t *body);
static dt_type_t type_from_specs(dt_pcb_t *pcb, unsigned specs, const char *tdef);
#define LINE dt_lex_line(pcb)
}

%define api.prefix {dt_yy}
%define api.pure full
%param {dt_pcb_t *pcb}

%union {
	dt_node_t *node;
	char *str;
	int op;
	unsigned specs;
	dt_pdesc_t *pdesc;
	dt_type_t type;
}

%token <str> DT_TOK_PSPEC DT_TOK_IDENT DT_TOK_STRLIT DT_TOK_TYPEDEF
%token <node> DT_TOK_INTLIT
%token <op> DT_TOK_OPEQ
%token DT_TOK_EPRED DT_TOK_ERROR
%token DT_TOK_SIZEOF DT_TOK_STRINGOF
%token DT_TOK_CHAR DT_TOK_SHORT DT_TOK_INT DT_TOK_LONG DT_TOK_SIGNED DT_TOK_UNSIGNED
%token DT_TOK_VOID DT_TOK_STRING_T
%token DT_TOK_PTR DT_TOK_INC DT_TOK_DEC DT_TOK_SHL DT_TOK_SHR DT_TOK_LE DT_TOK_GE
%token DT_TOK_EQ DT_TOK_NE DT_TOK_LAND DT_TOK_LOR DT_TOK_LXOR

%type <pdesc> pdescs
%type <node> opt_pred stmts body expr assign cond lor lxor land bor bxor band
%type <node> eq rel shift add mul cast unary postfix primary args opt_args
%type <specs> specs spec
%type <type> type_name

%start program

%%

program:
	  %empty
	| clauses
	;

clauses:
	  clause
	| clauses clause
	;

clause:
	  pdescs opt_pred body	{ add_clause(pcb, $1, $2, $3); }
	| pdescs opt_pred	{ add_clause(pcb, $1, $2, NULL); }
	;

pdescs:
	  DT_TOK_PSPEC		{ $$ = NULL;
				  if (dt_pdesc_parse(pcb->dtp, $1, LINE, &$$, pcb->dtp->errmsg, sizeof(pcb->dtp->errmsg)) != 0) {
					dt_pcb_error(pcb, LINE, D_PDESC_INVAL, "%s", pcb->dtp->errmsg); YYABORT; } }
	| pdescs ',' DT_TOK_PSPEC
				{ dt_pdesc_t *pd = NULL, **pp;
				  if (dt_pdesc_parse(pcb->dtp, $3, LINE, &pd, pcb->dtp->errmsg, sizeof(pcb->dtp->errmsg)) != 0) {
					dt_pcb_error(pcb, LINE, D_PDESC_INVAL, "%s", pcb->dtp->errmsg); YYABORT; }
				  for (pp = &$1; *pp; pp = &(*pp)->next) ;
				  *pp = pd; $$ = $1; }
	;

opt_pred:
	  %empty		{ $$ = NULL; }
	| '/' expr DT_TOK_EPRED	{ $$ = $2; }
	;

body:
	  '{' stmts '}'		{ $$ = $2; }
	| '{' stmts expr '}'	{ dt_node_t *s = dt_node_new(pcb->dtp, DT_N_STMT, $3->line);
				  s->left = $3; $$ = append($2, s); }
	;

stmts:
	  %empty		{ $$ = NULL; }
	| stmts ';'		{ $$ = $1; }
	| stmts expr ';'	{ dt_node_t *s = dt_node_new(pcb->dtp, DT_N_STMT, $2->line);
				  s->left = $2; $$ = append($1, s); }
	;

expr:
	  assign
	| expr ',' assign	{ $$ = binop(pcb, DT_OP_COMMA, $1, $3); }
	;

assign:
	  cond
	| unary '=' assign	{ $$ = dt_node_new(pcb->dtp, DT_N_ASSIGN, LINE);
				  $$->op = DT_OP_NONE; $$->left = $1; $$->right = $3; }
	| unary DT_TOK_OPEQ assign
				{ $$ = dt_node_new(pcb->dtp, DT_N_ASSIGN, LINE);
				  $$->op = (dt_op_t)$2; $$->left = $1; $$->right = $3; }
	;

cond:
	  lor
	| lor '?' expr ':' cond	{ $$ = dt_node_new(pcb->dtp, DT_N_TERNARY, LINE);
				  $$->cond = $1; $$->left = $3; $$->right = $5; }
	;

lor:	  lxor | lor DT_TOK_LOR lxor	{ $$ = binop(pcb, DT_OP_LOR, $1, $3); } ;
lxor:	  land | lxor DT_TOK_LXOR land	{ $$ = binop(pcb, DT_OP_LXOR, $1, $3); } ;
land:	  bor | land DT_TOK_LAND bor	{ $$ = binop(pcb, DT_OP_LAND, $1, $3); } ;
bor:	  bxor | bor '|' bxor		{ $$ = binop(pcb, DT_OP_BOR, $1, $3); } ;
bxor:	  band | bxor '^' band		{ $$ = binop(pcb, DT_OP_BXOR, $1, $3); } ;
band:	  eq | band '&' eq		{ $$ = binop(pcb, DT_OP_BAND, $1, $3); } ;

eq:
	  rel
	| eq DT_TOK_EQ rel	{ $$ = binop(pcb, DT_OP_EQ, $1, $3); }
	| eq DT_TOK_NE rel	{ $$ = binop(pcb, DT_OP_NE, $1, $3); }
	;

rel:
	  shift
	| rel '<' shift		{ $$ = binop(pcb, DT_OP_LT, $1, $3); }
	| rel '>' shift		{ $$ = binop(pcb, DT_OP_GT, $1, $3); }
	| rel DT_TOK_LE shift	{ $$ = binop(pcb, DT_OP_LE, $1, $3); }
	| rel DT_TOK_GE shift	{ $$ = binop(pcb, DT_OP_GE, $1, $3); }
	;

shift:
	  add
	| shift DT_TOK_SHL add	{ $$ = binop(pcb, DT_OP_SHL, $1, $3); }
	| shift DT_TOK_SHR add	{ $$ = binop(pcb, DT_OP_SHR, $1, $3); }
	;

add:
	  mul
	| add '+' mul		{ $$ = binop(pcb, DT_OP_ADD, $1, $3); }
	| add '-' mul		{ $$ = binop(pcb, DT_OP_SUB, $1, $3); }
	;

mul:
	  cast
	| mul '*' cast		{ $$ = binop(pcb, DT_OP_MUL, $1, $3); }
	| mul '/' cast		{ $$ = binop(pcb, DT_OP_DIV, $1, $3); }
	| mul '%' cast		{ $$ = binop(pcb, DT_OP_MOD, $1, $3); }
	;

cast:
	  unary
	| '(' type_name ')' cast
				{ $$ = dt_node_new(pcb->dtp, DT_N_CAST, LINE);
				  $$->ctype = $2; $$->left = $4; }
	;

unary:
	  postfix
	| DT_TOK_INC unary	{ $$ = unop(pcb, DT_OP_PREINC, $2); }
	| DT_TOK_DEC unary	{ $$ = unop(pcb, DT_OP_PREDEC, $2); }
	| '-' cast		{ $$ = unop(pcb, DT_OP_NEG, $2); }
	| '+' cast		{ $$ = unop(pcb, DT_OP_PLUS, $2); }
	| '!' cast		{ $$ = unop(pcb, DT_OP_LNOT, $2); }
	| '~' cast		{ $$ = unop(pcb, DT_OP_BNOT, $2); }
	| '*' cast		{ $$ = unop(pcb, DT_OP_DEREF, $2); }
	| '&' cast		{ $$ = unop(pcb, DT_OP_ADDROF, $2); }
	| DT_TOK_SIZEOF unary	{ $$ = unop(pcb, DT_OP_SIZEOF, $2); }
	| DT_TOK_SIZEOF '(' type_name ')'
				{ $$ = dt_node_new(pcb->dtp, DT_N_INT, LINE);
				  $$->value = $3.size; $$->type = dt_type_ulong; $$->isconst = true; }
	| DT_TOK_STRINGOF unary	{ $$ = unop(pcb, DT_OP_STRINGOF, $2); }
	;

postfix:
	  primary
	| postfix '[' args ']'	{ $$ = dt_node_new(pcb->dtp, DT_N_INDEX, LINE);
				  $$->left = $1; $$->args = $3; }
	| postfix '.' DT_TOK_IDENT
				{ $$ = dt_node_new(pcb->dtp, DT_N_MEMBER, LINE);
				  $$->left = $1; $$->str = $3; }
	| postfix DT_TOK_PTR DT_TOK_IDENT
				{ $$ = dt_node_new(pcb->dtp, DT_N_MEMBER, LINE);
				  $$->op = DT_OP_DEREF; $$->left = $1; $$->str = $3; }
	| postfix DT_TOK_INC	{ $$ = unop(pcb, DT_OP_POSTINC, $1); }
	| postfix DT_TOK_DEC	{ $$ = unop(pcb, DT_OP_POSTDEC, $1); }
	;

primary:
	  DT_TOK_IDENT		{ $$ = dt_node_new(pcb->dtp, DT_N_IDENT, LINE); $$->str = $1; }
	| DT_TOK_IDENT '(' opt_args ')'
				{ $$ = dt_node_new(pcb->dtp, DT_N_CALL, LINE);
				  $$->str = $1; $$->args = $3; }
	| DT_TOK_INTLIT		{ $$ = $1; }
	| DT_TOK_STRLIT		{ $$ = dt_node_new(pcb->dtp, DT_N_STRING, LINE);
				  $$->str = $1; $$->isconst = true; }
	| '(' expr ')'		{ $$ = $2; }
	;

opt_args:
	  %empty		{ $$ = NULL; }
	| args
	;

args:
	  assign		{ $$ = $1; }
	| args ',' assign	{ $$ = append($1, $3); }
	;

type_name:
	  specs			{ $$ = type_from_specs(pcb, $1, NULL); }
	| DT_TOK_TYPEDEF	{ $$ = type_from_specs(pcb, 0, $1); }
	;

specs:
	  spec
	| specs spec		{ if (($1 & $2) && $2 != 4) { dt_pcb_error(pcb, LINE, D_DECL_COMBO, "invalid type combination"); YYABORT; }
				  $$ = $1 + $2; }
	;

/* one bit each, except 'long' which may appear twice (it adds 4) */
spec:
	  DT_TOK_CHAR		{ $$ = 1; }
	| DT_TOK_SHORT		{ $$ = 2; }
	| DT_TOK_LONG		{ $$ = 4; }
	| DT_TOK_INT		{ $$ = 16; }
	| DT_TOK_SIGNED		{ $$ = 32; }
	| DT_TOK_UNSIGNED	{ $$ = 64; }
	| DT_TOK_VOID		{ $$ = 128; }
	| DT_TOK_STRING_T	{ $$ = 256; }
	;

%%

static void
dt_yyerror(dt_pcb_t *pcb, const char *msg)
{
	(void)msg;
	if (pcb->failed)
		return;
	if (pcb->last_text == NULL || *pcb->last_text == '\0')
		dt_pcb_error(pcb, dt_lex_line(pcb), D_SYNTAX, "syntax error near end of input");
	else
		dt_pcb_error(pcb, dt_lex_line(pcb), D_SYNTAX, "syntax error near \"%s\"", pcb->last_text);
}

static dt_node_t *
unop(dt_pcb_t *pcb, dt_op_t op, dt_node_t *l)
{
	dt_node_t *n = dt_node_new(pcb->dtp, DT_N_UNARY, l->line);

	n->op = op;
	n->left = l;
	return n;
}

static dt_node_t *
binop(dt_pcb_t *pcb, dt_op_t op, dt_node_t *l, dt_node_t *r)
{
	dt_node_t *n = dt_node_new(pcb->dtp, DT_N_BINARY, l->line);

	n->op = op;
	n->left = l;
	n->right = r;
	return n;
}

static dt_node_t *
append(dt_node_t *list, dt_node_t *n)
{
	dt_node_t *p;

	if (list == NULL)
		return n;
	for (p = list; p->next; p = p->next)
		;
	p->next = n;
	return list;
}

static void
add_clause(dt_pcb_t *pcb, dt_pdesc_t *pd, dt_node_t *pred, dt_node_t *body)
{
	dt_clause_t *clp = dt_alloc(pcb->dtp, sizeof(*clp));

	clp->descs = pd;
	clp->pred = pred;
	clp->body = body;
	clp->line = pd ? pd->line : 0;
	clp->srcname = pcb->name;
	*pcb->tail = clp;
	pcb->tail = &clp->next;
	pcb->nclauses++;
}

static dt_type_t
type_from_specs(dt_pcb_t *pcb, unsigned s, const char *tdef)
{
	dt_type_t t = dt_type_int;
	bool uns = s & 64;

	if (tdef) {
		bool u = tdef[0] == 'u' || strcmp(tdef, "size_t") == 0;
		int bits = 64;

		sscanf(tdef + (tdef[0] == 'u'), "int%d", &bits);
		t.kind = DT_TK_INT;
		t.size = (uint8_t)(bits / 8);
		t.sign = !u;
		return t;
	}
	if (s & 256) {
		if (s != 256)
			dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_COMBO, "invalid type combination");
		return dt_type_string;
	}
	if (s & 128) {
		if (s != 128)
			dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_COMBO, "invalid type combination");
		return dt_type_void;
	}
	if (s & 1)
		t.size = 1;
	else if (s & 2)
		t.size = 2;
	else if (s & (4 | 8))
		t.size = 8;
	else
		t.size = 4;
	t.sign = !uns;
	return t;
}
