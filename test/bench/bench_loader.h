/*
 * Shared loader code for the hand-written "minimal" benchmark programs:
 * open a BPF object file (no generated skeleton), set read-only globals,
 * load and attach every program, print "ready", wait for stdin EOF or
 * SIGINT/SIGTERM, then read globals back.
 */
#ifndef BENCH_LOADER_H
#define BENCH_LOADER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct bpf_object;
struct bpf_link;

#define BENCH_MAX_LINKS 8

struct bench_opts {
	const char *obj_path;	/* -o; default: NAME.bpf.o beside the executable */
	uint32_t pid;		/* -p; 0 = all processes */
	int check;		/* -c; program-specific extra checking */
	int verbose;		/* -v; libbpf debug output */
};

struct bench {
	struct bpf_object *obj;
	struct bpf_link *links[BENCH_MAX_LINKS];
	size_t nlinks;
};

/* Parse -o OBJ, -p PID, -c, -v; exits with a usage message on error. */
void bench_parse_args(int argc, char **argv, const char *name,
		      struct bench_opts *opts);

/*
 * Open the object file and set its target_pid (every program filters on
 * it, see bench.bpf.h) from -p; returns 0 or a negative errno.
 */
int bench_open(struct bench *b, const struct bench_opts *opts);

/* Before load: set a global of a read-only (.rodata) section by name. */
int bench_set_global(struct bench *b, const char *sec, const char *var,
		     const void *val, size_t size);

/* Load the object and attach all its programs. */
int bench_load_attach(struct bench *b);

/* Print "ready", then block until stdin closes or SIGINT/SIGTERM. */
void bench_wait(void);

/* After load: read a global of a data section (.bss, .data) by name. */
int bench_get_global(struct bench *b, const char *sec, const char *var,
		     void *val, size_t size);

void bench_close(struct bench *b);

#endif
