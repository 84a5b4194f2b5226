/*
 * dt_decl.h -- declarations: what the parser builds while it reads
 * declaration specifiers and declarators, and the functions that turn them
 * into types (in the handle's CTF dictionary) and identifiers.
 */
#ifndef DT_DECL_H
#define DT_DECL_H

#include "dt_impl.h"
#include "dt_pcb.h"

/* Storage classes (and D's self/this scopes). */
typedef enum dt_dclass {
	DT_DC_NONE = 0, DT_DC_TYPEDEF, DT_DC_SELF, DT_DC_THIS, DT_DC_EXTERN,
	DT_DC_STATIC, DT_DC_REGISTER, DT_DC_AUTO,
} dt_dclass_t;

/* Type specifier keywords, one bit each ("long" is counted instead). */
enum {
	DT_DS_CHAR = 0x1, DT_DS_SHORT = 0x2, DT_DS_INT = 0x4, DT_DS_LONG = 0x8,
	DT_DS_SIGNED = 0x10, DT_DS_UNSIGNED = 0x20, DT_DS_VOID = 0x40,
	DT_DS_STRING = 0x80, DT_DS_FLOAT = 0x100, DT_DS_DOUBLE = 0x200, DT_DS_BOOL = 0x400,
};

typedef struct dt_dspec {
	unsigned kw;          /* DT_DS_* seen */
	int nlong;
	dt_dclass_t class;
	bool has_type;        /* a typedef name, struct, union or enum was named */
	dt_type_t type;
	bool isconst, userland;
	int line;
} dt_dspec_t;

typedef struct dt_tlist {
	dt_type_t type;
	struct dt_tlist *next;
} dt_tlist_t;

typedef enum { DT_SFX_ARRAY, DT_SFX_ASSOC, DT_SFX_FUNC } dt_sfxkind_t;

typedef struct dt_dsfx {
	dt_sfxkind_t kind;
	int64_t dim;          /* arrays: element count, -1 if not given */
	dt_tlist_t *keys;     /* associative arrays: key types; functions: parameters */
	struct dt_dsfx *next;
} dt_dsfx_t;

typedef struct dt_declr {
	char *name;           /* NULL in abstract declarators */
	int line;
	int nptr;             /* pointer levels before the name */
	dt_dsfx_t *sfx;       /* array/function suffixes, in source order */
	struct dt_declr *inner;  /* a parenthesized declarator */
	dt_node_t *bits;      /* bitfield width */
	struct dt_declr *next;
} dt_declr_t;

dt_dspec_t *dt_dspec_kw(dt_pcb_t *pcb, unsigned kw);
dt_dspec_t *dt_dspec_class(dt_pcb_t *pcb, dt_dclass_t class);
dt_dspec_t *dt_dspec_tname(dt_pcb_t *pcb, const char *name);
dt_dspec_t *dt_dspec_type(dt_pcb_t *pcb, dt_type_t t);
int dt_dspec_merge(dt_pcb_t *pcb, dt_dspec_t *dst, const dt_dspec_t *src);

dt_declr_t *dt_declr_new(dt_pcb_t *pcb, char *name);
void dt_declr_suffix(dt_declr_t *d, dt_dsfx_t *sfx);
dt_dsfx_t *dt_dsfx_new(dt_pcb_t *pcb, dt_sfxkind_t kind);
dt_tlist_t *dt_tlist_new(dt_pcb_t *pcb, dt_type_t t, dt_tlist_t *list);

int dt_decl_dim(dt_pcb_t *pcb, dt_node_t *e, int64_t *dim);
int dt_decl_typename(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d, dt_type_t *out);
int dt_decl_empty(dt_pcb_t *pcb, const dt_dspec_t *ds);
int dt_decl_declare(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d);
int dt_decl_inline(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d, dt_node_t *e);
int dt_decl_xlator(dt_pcb_t *pcb, dt_type_t out, const dt_dspec_t *ids, const dt_declr_t *id,
		   dt_node_t *members);

int dt_decl_sou_ref(dt_pcb_t *pcb, int kind, const char *name, dt_type_t *out);
int dt_decl_sou_begin(dt_pcb_t *pcb, int kind, const char *name);
int dt_decl_member(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d);
int dt_decl_sou_end(dt_pcb_t *pcb, dt_type_t *out);
/* Free the struct/union stack of a parse, with what an error left on it. */
void dt_decl_pcb_fini(dt_pcb_t *pcb);

int dt_decl_enum_ref(dt_pcb_t *pcb, const char *name, dt_type_t *out);
int dt_decl_enum_begin(dt_pcb_t *pcb, const char *name);
int dt_decl_enumerator(dt_pcb_t *pcb, const char *name, dt_node_t *value);
int dt_decl_enum_end(dt_pcb_t *pcb, dt_type_t *out);

int dt_decl_sizeof(dt_pcb_t *pcb, dt_type_t t, int64_t *out);
int dt_decl_offsetof(dt_pcb_t *pcb, dt_type_t t, const char *member, int64_t *out);

#endif /* DT_DECL_H */
