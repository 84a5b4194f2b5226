%code requires {
/*
 * dt_grammar.y -- the D grammar.  A program is a list of clauses (probe
 * descriptions, an optional predicate, an optional body) and declarations
 * (variables, typedefs, structs, unions, enums, inlines, translators).
 * Expressions follow C's precedence, with D's logical exclusive or (^^)
 * between || and &&.  Declarations take effect as soon as they are parsed
 * (dt_decl.c), so a typedef name is a type name from the next token on.
 */
#include "dt_impl.h"
#include "dt_pcb.h"
#include "dt_decl.h"
}

%code {
#include <string.h>
int dt_lex_next(DT_YYSTYPE *lval, void *scanner);
static int dt_yylex(DT_YYSTYPE *lval, dt_pcb_t *pcb) { return dt_lex_next(lval, pcb->scanner); }
static void dt_yyerror(dt_pcb_t *pcb, const char *msg);
static dt_node_t *unop(dt_pcb_t *pcb, dt_op_t op, dt_node_t *l);
static dt_node_t *binop(dt_pcb_t *pcb, dt_op_t op, dt_node_t *l, dt_node_t *r);
static dt_node_t *stmt(dt_pcb_t *pcb, dt_node_t *e);
static dt_node_t *append(dt_node_t *list, dt_node_t *n);
static void add_clause(dt_pcb_t *pcb, dt_pdesc_t *pd, dt_node_t *pred, dt_node_t *body);
#define LINE dt_lex_line(pcb)
#define DTP (pcb->dtp)
#define CHECK(x) do { if ((x) != 0) YYABORT; } while (0)
}

%define api.prefix {dt_yy}
%define api.pure full
%param {dt_pcb_t *pcb}

%union {
	dt_node_t *node;
	char *str;
	int op;
	dt_pdesc_t *pdesc;
	dt_type_t type;
	dt_dspec_t *dspec;
	dt_declr_t *declr;
	dt_dsfx_t *dsfx;
	dt_tlist_t *tlist;
	int num;
}

%token <str> DT_TOK_PSPEC DT_TOK_IDENT DT_TOK_STRLIT DT_TOK_TNAME DT_TOK_SCOPE DT_TOK_AGG
%token <node> DT_TOK_INTLIT
%token <op> DT_TOK_OPEQ
%token DT_TOK_EPRED DT_TOK_ERROR
%token DT_TOK_SIZEOF DT_TOK_STRINGOF DT_TOK_OFFSETOF DT_TOK_XLATE
%token DT_TOK_CHAR DT_TOK_SHORT DT_TOK_INT DT_TOK_LONG DT_TOK_SIGNED DT_TOK_UNSIGNED
%token DT_TOK_VOID DT_TOK_STRING_T DT_TOK_FLOAT DT_TOK_DOUBLE DT_TOK_BOOL
%token DT_TOK_STRUCT DT_TOK_UNION DT_TOK_ENUM DT_TOK_TYPEDEF DT_TOK_INLINE DT_TOK_TRANSLATOR
%token DT_TOK_SELF DT_TOK_THIS DT_TOK_EXTERN DT_TOK_STATIC DT_TOK_REGISTER DT_TOK_AUTO
%token DT_TOK_CONST DT_TOK_VOLATILE DT_TOK_RESTRICT DT_TOK_USERLAND
%token DT_TOK_IF DT_TOK_ELSE
%token DT_TOK_PTR DT_TOK_INC DT_TOK_DEC DT_TOK_SHL DT_TOK_SHR DT_TOK_LE DT_TOK_GE
%token DT_TOK_EQ DT_TOK_NE DT_TOK_LAND DT_TOK_LOR DT_TOK_LXOR

%nonassoc DT_PREC_IFX
%nonassoc DT_TOK_ELSE

%type <pdesc> pdescs
%type <node> opt_pred stmts body stmt stmt_block expr assign cond lor lxor land bor bxor band
%type <node> eq rel shift add mul cast unary postfix primary args opt_args
%type <node> const_expr xmembers xmember
%type <type> type_name sou_spec enum_spec
%type <dspec> dspecs sq_list ds_item sq_item
%type <declr> declarator direct_declarator abs_declarator direct_abs init_declarators
%type <declr> member_declarators member_declarator param_decl
%type <dsfx> suffix
%type <tlist> type_list
%type <num> pointer sou_kw
%type <str> ident_or_tname

%start program

%%

program:
	  %empty
	| items
	;

items:
	  item
	| items item
	;

item:
	  clause
	| declaration
	| ';'
	;

/* ---- clauses ---------------------------------------------------- */

clause:
	  pdescs opt_pred body	{ add_clause(pcb, $1, $2, $3); }
	| pdescs opt_pred	{ /* a script may not end a clause at its descriptions (-n may) */
				  if ($2 == NULL && pcb->spec == DTRACE_PROBESPEC_NONE) {
					dt_pcb_error(pcb, $1 ? $1->line : LINE, D_SYNTAX, "expected predicate and/or "
						     "actions following probe description");
					YYABORT;
				  }
				  add_clause(pcb, $1, $2, NULL); }
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
	| '{' stmts expr '}'	{ $$ = append($2, stmt(pcb, $3)); }
	;

stmts:
	  %empty		{ $$ = NULL; }
	| stmts stmt		{ $$ = $2 ? append($1, $2) : $1; }
	;

stmt:
	  ';'			{ $$ = NULL; }
	| expr ';'		{ $$ = stmt(pcb, $1); }
	| DT_TOK_IF '(' expr ')' stmt_block %prec DT_PREC_IFX
				{ $$ = dt_node_new(DTP, DT_N_IF, $3->line); $$->cond = $3; $$->left = $5; }
	| DT_TOK_IF '(' expr ')' stmt_block DT_TOK_ELSE stmt_block
				{ $$ = dt_node_new(DTP, DT_N_IF, $3->line); $$->cond = $3;
				  $$->left = $5; $$->right = $7; }
	;

stmt_block:
	  '{' stmts '}'		{ $$ = $2 ? $2 : stmt(pcb, NULL); }
	| '{' stmts expr '}'	{ $$ = append($2, stmt(pcb, $3)); }
	| stmt			{ $$ = $1 ? $1 : stmt(pcb, NULL); }
	;

/* ---- declarations ----------------------------------------------- */

declaration:
	  dspecs ';'		{ CHECK(dt_decl_empty(pcb, $1)); }
	| dspecs init_declarators ';'
				{ for (dt_declr_t *d = $2; d; d = d->next)
					CHECK(dt_decl_declare(pcb, $1, d)); }
	| DT_TOK_INLINE dspecs declarator '=' assign ';'
				{ CHECK(dt_decl_inline(pcb, $2, $3, $5)); }
	| DT_TOK_TRANSLATOR type_name '<' sq_list param_decl '>' '{' xmembers '}' ';'
				{ CHECK(dt_decl_xlator(pcb, $2, $4, $5, $8)); }
	;

init_declarators:
	  declarator
	| init_declarators ',' declarator
				{ dt_declr_t *d = $1; while (d->next) d = d->next; d->next = $3; $$ = $1; }
	;

param_decl:
	  declarator
	;

xmembers:
	  %empty		{ $$ = NULL; }
	| xmembers xmember	{ $$ = append($1, $2); }
	;

xmember:
	  DT_TOK_IDENT '=' assign ';'
				{ $$ = dt_node_new(DTP, DT_N_ASSIGN, $3->line); $$->str = $1; $$->right = $3; }
	;

dspecs:
	  ds_item
	| dspecs ds_item	{ $$ = $1; CHECK(dt_dspec_merge(pcb, $$, $2)); }
	;

ds_item:
	  sq_item
	| DT_TOK_TYPEDEF	{ $$ = dt_dspec_class(pcb, DT_DC_TYPEDEF); }
	| DT_TOK_SELF		{ $$ = dt_dspec_class(pcb, DT_DC_SELF); }
	| DT_TOK_THIS		{ $$ = dt_dspec_class(pcb, DT_DC_THIS); }
	| DT_TOK_EXTERN		{ $$ = dt_dspec_class(pcb, DT_DC_EXTERN); }
	| DT_TOK_STATIC		{ $$ = dt_dspec_class(pcb, DT_DC_STATIC); }
	| DT_TOK_REGISTER	{ $$ = dt_dspec_class(pcb, DT_DC_REGISTER); }
	| DT_TOK_AUTO		{ $$ = dt_dspec_class(pcb, DT_DC_AUTO); }
	;

/* type specifiers and qualifiers */
sq_list:
	  sq_item
	| sq_list sq_item	{ $$ = $1; CHECK(dt_dspec_merge(pcb, $$, $2)); }
	;

sq_item:
	  DT_TOK_CHAR		{ $$ = dt_dspec_kw(pcb, DT_DS_CHAR); }
	| DT_TOK_SHORT		{ $$ = dt_dspec_kw(pcb, DT_DS_SHORT); }
	| DT_TOK_INT		{ $$ = dt_dspec_kw(pcb, DT_DS_INT); }
	| DT_TOK_LONG		{ $$ = dt_dspec_kw(pcb, DT_DS_LONG); }
	| DT_TOK_SIGNED		{ $$ = dt_dspec_kw(pcb, DT_DS_SIGNED); }
	| DT_TOK_UNSIGNED	{ $$ = dt_dspec_kw(pcb, DT_DS_UNSIGNED); }
	| DT_TOK_VOID		{ $$ = dt_dspec_kw(pcb, DT_DS_VOID); }
	| DT_TOK_STRING_T	{ $$ = dt_dspec_kw(pcb, DT_DS_STRING); }
	| DT_TOK_FLOAT		{ $$ = dt_dspec_kw(pcb, DT_DS_FLOAT); }
	| DT_TOK_DOUBLE		{ $$ = dt_dspec_kw(pcb, DT_DS_DOUBLE); }
	| DT_TOK_BOOL		{ $$ = dt_dspec_kw(pcb, DT_DS_BOOL); }
	| DT_TOK_CONST		{ $$ = dt_dspec_kw(pcb, 0); $$->isconst = true; }
	| DT_TOK_VOLATILE	{ $$ = dt_dspec_kw(pcb, 0); }
	| DT_TOK_RESTRICT	{ $$ = dt_dspec_kw(pcb, 0); }
	| DT_TOK_USERLAND	{ $$ = dt_dspec_kw(pcb, 0); $$->userland = true; }
	| DT_TOK_TNAME		{ $$ = dt_dspec_tname(pcb, $1); if ($$ == NULL) YYABORT; }
	| sou_spec		{ $$ = dt_dspec_type(pcb, $1); }
	| enum_spec		{ $$ = dt_dspec_type(pcb, $1); }
	;

sou_kw:
	  DT_TOK_STRUCT		{ $$ = DT_TK_STRUCT; }
	| DT_TOK_UNION		{ $$ = DT_TK_UNION; }
	| DT_TOK_SCOPE DT_TOK_STRUCT { $$ = DT_TK_STRUCT; }
	| DT_TOK_SCOPE DT_TOK_UNION { $$ = DT_TK_UNION; }
	;

ident_or_tname:
	  DT_TOK_IDENT
	| DT_TOK_TNAME
	;

sou_spec:
	  sou_kw ident_or_tname	{ CHECK(dt_decl_sou_ref(pcb, $1, $2, &$$)); }
	| sou_kw ident_or_tname '{'
				{ CHECK(dt_decl_sou_begin(pcb, $1, $2)); }
	  members '}'		{ CHECK(dt_decl_sou_end(pcb, &$$)); }
	| sou_kw '{'		{ CHECK(dt_decl_sou_begin(pcb, $1, NULL)); }
	  members '}'		{ CHECK(dt_decl_sou_end(pcb, &$$)); }
	;

members:
	  member
	| members member
	;

member:
	  sq_list member_declarators ';'
				{ for (dt_declr_t *d = $2; d; d = d->next)
					CHECK(dt_decl_member(pcb, $1, d)); }
	;

member_declarators:
	  member_declarator
	| member_declarators ',' member_declarator
				{ dt_declr_t *d = $1; while (d->next) d = d->next; d->next = $3; $$ = $1; }
	;

member_declarator:
	  declarator
	| declarator ':' const_expr { $$ = $1; $$->bits = $3; }
	| ':' const_expr	{ $$ = dt_declr_new(pcb, NULL); $$->bits = $2; }
	;

enum_spec:
	  DT_TOK_ENUM ident_or_tname { CHECK(dt_decl_enum_ref(pcb, $2, &$$)); }
	| DT_TOK_ENUM ident_or_tname '{'
				{ CHECK(dt_decl_enum_begin(pcb, $2)); }
	  enumerators opt_comma '}' { CHECK(dt_decl_enum_end(pcb, &$$)); }
	| DT_TOK_ENUM '{'	{ CHECK(dt_decl_enum_begin(pcb, NULL)); }
	  enumerators opt_comma '}' { CHECK(dt_decl_enum_end(pcb, &$$)); }
	;

opt_comma:
	  %empty
	| ','
	;

enumerators:
	  enumerator
	| enumerators ',' enumerator
	;

enumerator:
	  DT_TOK_IDENT		{ CHECK(dt_decl_enumerator(pcb, $1, NULL)); }
	| DT_TOK_IDENT '=' const_expr { CHECK(dt_decl_enumerator(pcb, $1, $3)); }
	;

declarator:
	  direct_declarator
	| pointer direct_declarator { $$ = $2; $$->nptr += $1; }
	;

pointer:
	  '*'			{ $$ = 1; }
	| '*' qualifiers	{ $$ = 1; }
	| pointer '*'		{ $$ = $1 + 1; }
	| pointer '*' qualifiers { $$ = $1 + 1; }
	;

qualifiers:
	  qualifier
	| qualifiers qualifier
	;

qualifier:
	  DT_TOK_CONST
	| DT_TOK_VOLATILE
	| DT_TOK_RESTRICT
	;

direct_declarator:
	  DT_TOK_IDENT		{ $$ = dt_declr_new(pcb, $1); }
	| '(' declarator ')'	{ $$ = dt_declr_new(pcb, NULL); $$->inner = $2; }
	| direct_declarator suffix { $$ = $1; dt_declr_suffix($$, $2); }
	;

suffix:
	  '[' ']'		{ $$ = dt_dsfx_new(pcb, DT_SFX_ARRAY); $$->dim = -1; }
	| '[' const_expr ']'	{ $$ = dt_dsfx_new(pcb, DT_SFX_ARRAY); CHECK(dt_decl_dim(pcb, $2, &$$->dim)); }
	| '[' type_list ']'	{ $$ = dt_dsfx_new(pcb, DT_SFX_ASSOC); $$->keys = $2; }
	| '(' ')'		{ $$ = dt_dsfx_new(pcb, DT_SFX_FUNC); }
	| '(' type_list ')'	{ $$ = dt_dsfx_new(pcb, DT_SFX_FUNC); $$->keys = $2; }
	;

type_list:
	  type_name		{ $$ = dt_tlist_new(pcb, $1, NULL); }
	| type_list ',' type_name { $$ = dt_tlist_new(pcb, $3, $1); }
	;

type_name:
	  sq_list		{ CHECK(dt_decl_typename(pcb, $1, NULL, &$$)); }
	| sq_list abs_declarator { CHECK(dt_decl_typename(pcb, $1, $2, &$$)); }
	;

abs_declarator:
	  pointer		{ $$ = dt_declr_new(pcb, NULL); $$->nptr = $1; }
	| direct_abs
	| pointer direct_abs	{ $$ = $2; $$->nptr += $1; }
	;

direct_abs:
	  '(' abs_declarator ')' { $$ = dt_declr_new(pcb, NULL); $$->inner = $2; }
	| suffix		{ $$ = dt_declr_new(pcb, NULL); dt_declr_suffix($$, $1); }
	| direct_abs suffix	{ $$ = $1; dt_declr_suffix($$, $2); }
	;

const_expr:
	  cond
	;

/* ---- expressions ------------------------------------------------ */

expr:
	  assign
	| expr ',' assign	{ $$ = binop(pcb, DT_OP_COMMA, $1, $3); }
	;

assign:
	  cond
	| unary '=' assign	{ $$ = dt_node_new(pcb->dtp, DT_N_ASSIGN, $1->line);
				  $$->op = DT_OP_NONE; $$->left = $1; $$->right = $3; }
	| unary DT_TOK_OPEQ assign
				{ $$ = dt_node_new(pcb->dtp, DT_N_ASSIGN, $1->line);
				  $$->op = (dt_op_t)$2; $$->left = $1; $$->right = $3; }
	;

cond:
	  lor
	| lor '?' expr ':' cond	{ $$ = dt_node_new(pcb->dtp, DT_N_TERNARY, $1->line);
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
				{ $$ = dt_node_new(pcb->dtp, DT_N_CAST, $4->line);
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
				  CHECK(dt_decl_sizeof(pcb, $3, &$$->value));
				  $$->type = dt_type_ulong; $$->isconst = true; }
	| DT_TOK_STRINGOF unary	{ $$ = unop(pcb, DT_OP_STRINGOF, $2); }
	;

postfix:
	  primary
	| postfix '[' args ']'	{ $$ = dt_node_new(pcb->dtp, DT_N_INDEX, $1->line);
				  $$->left = $1; $$->args = $3; }
	| postfix '.' ident_or_tname
				{ $$ = dt_node_new(pcb->dtp, DT_N_MEMBER, $1->line);
				  $$->left = $1; $$->str = $3; }
	| postfix DT_TOK_PTR ident_or_tname
				{ $$ = dt_node_new(pcb->dtp, DT_N_MEMBER, $1->line);
				  $$->op = DT_OP_DEREF; $$->left = $1; $$->str = $3; }
	| postfix DT_TOK_INC	{ $$ = unop(pcb, DT_OP_POSTINC, $1); }
	| postfix DT_TOK_DEC	{ $$ = unop(pcb, DT_OP_POSTDEC, $1); }
	;

primary:
	  DT_TOK_IDENT		{ $$ = dt_node_new(pcb->dtp, DT_N_IDENT, LINE); $$->str = $1; }
	| DT_TOK_IDENT '(' opt_args ')'
				{ $$ = dt_node_new(pcb->dtp, DT_N_CALL, LINE);
				  $$->str = $1; $$->args = $3; }
	| DT_TOK_SELF DT_TOK_PTR ident_or_tname
				{ $$ = dt_node_new(pcb->dtp, DT_N_IDENT, LINE); $$->str = $3;
				  $$->scope = DT_SCOPE_SELF; }
	| DT_TOK_THIS DT_TOK_PTR ident_or_tname
				{ $$ = dt_node_new(pcb->dtp, DT_N_IDENT, LINE); $$->str = $3;
				  $$->scope = DT_SCOPE_THIS; }
	| DT_TOK_INTLIT		{ $$ = $1; }
	| DT_TOK_AGG		{ $$ = dt_node_new(pcb->dtp, DT_N_AGG, LINE); $$->str = $1; }
	| DT_TOK_STRLIT		{ $$ = dt_node_new(pcb->dtp, DT_N_STRING, LINE);
				  $$->str = $1; $$->isconst = true; }
	| DT_TOK_STRLIT DT_TOK_STRLIT
				{ /* adjacent literals concatenate, as in C */
				  char *s = dt_alloc(DTP, strlen($1) + strlen($2) + 1);
				  strcpy(s, $1); strcat(s, $2);
				  $$ = dt_node_new(pcb->dtp, DT_N_STRING, LINE);
				  $$->str = s; $$->isconst = true; }
	| '(' expr ')'		{ $$ = $2; }
	| DT_TOK_OFFSETOF '(' type_name ',' ident_or_tname ')'
				{ $$ = dt_node_new(pcb->dtp, DT_N_INT, LINE);
				  CHECK(dt_decl_offsetof(pcb, $3, $5, &$$->value));
				  $$->type = dt_type_ulong; $$->isconst = true; }
	| DT_TOK_XLATE '<' type_name '>' '(' expr ')'
				{ $$ = dt_node_new(pcb->dtp, DT_N_XLATE, LINE);
				  $$->ctype = $3; $$->left = $6; }
	;

opt_args:
	  %empty		{ $$ = NULL; }
	| args
	;

args:
	  assign		{ $$ = $1; }
	| args ',' assign	{ $$ = append($1, $3); }
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
stmt(dt_pcb_t *pcb, dt_node_t *e)
{
	dt_node_t *s = dt_node_new(pcb->dtp, DT_N_STMT, e ? e->line : dt_lex_line(pcb));

	s->left = e;
	return s;
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
	clp->src = pcb->text;
	*pcb->tail = clp;
	pcb->tail = &clp->next;
	pcb->nclauses++;
}
