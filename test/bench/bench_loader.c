/* See bench_loader.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* ppoll() */
#endif
#include "bench_loader.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

static int verbose;
static volatile sig_atomic_t stop_requested;

static int print_fn(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG && !verbose)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static void usage(const char *name)
{
	fprintf(stderr,
		"usage: %s [-o OBJECT] [-p PID] [-c] [-v]\n"
		"  -o OBJECT  BPF object file (default: %s.bpf.o beside this program)\n"
		"  -p PID     only count events of process PID\n"
		"  -c         extra checking counters, where the program has them\n"
		"  -v         libbpf debug output\n"
		"Prints \"ready\" once attached, then runs until stdin is closed or\n"
		"SIGINT/SIGTERM, and prints the results.\n", name, name);
	exit(2);
}

void bench_parse_args(int argc, char **argv, const char *name,
		      struct bench_opts *opts)
{
	static char path[PATH_MAX];
	int c;

	memset(opts, 0, sizeof(*opts));
	while ((c = getopt(argc, argv, "o:p:cvh")) != -1) {
		switch (c) {
		case 'o':
			opts->obj_path = optarg;
			break;
		case 'p': {
			char *end;
			unsigned long v = strtoul(optarg, &end, 10);

			if (*optarg == '\0' || *end != '\0' || v > UINT32_MAX)
				usage(name);
			opts->pid = (uint32_t)v;
			break;
		}
		case 'c':
			opts->check = 1;
			break;
		case 'v':
			opts->verbose = 1;
			break;
		default:
			usage(name);
		}
	}
	if (optind != argc)
		usage(name);

	if (!opts->obj_path) {
		ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
		char *slash;

		if (n < 0) {
			perror("readlink /proc/self/exe");
			exit(1);
		}
		path[n] = '\0';
		slash = strrchr(path, '/');
		if (slash)
			slash[1] = '\0';
		else
			path[0] = '\0';
		if (strlen(path) + strlen(name) + sizeof(".bpf.o") > sizeof(path)) {
			fprintf(stderr, "%s: path too long\n", name);
			exit(1);
		}
		strcat(path, name);
		strcat(path, ".bpf.o");
		opts->obj_path = path;
	}
	verbose = opts->verbose;
}

int bench_open(struct bench *b, const struct bench_opts *opts)
{
	int err;

	memset(b, 0, sizeof(*b));
	libbpf_set_print(print_fn);
	b->obj = bpf_object__open_file(opts->obj_path, NULL);
	err = libbpf_get_error(b->obj);
	if (err) {
		b->obj = NULL;
		fprintf(stderr, "cannot open %s: %s\n", opts->obj_path, strerror(-err));
		return err;
	}
	err = bench_set_global(b, ".rodata", "target_pid", &opts->pid, sizeof(opts->pid));
	if (err)
		bench_close(b);
	return err;
}

/* Offset of global VAR in data section SEC, from the object's BTF. */
static int global_offset(struct bench *b, const char *sec, const char *var,
			 size_t size, size_t *offset)
{
	struct btf *btf = bpf_object__btf(b->obj);
	const struct btf_var_secinfo *vs;
	const struct btf_type *t;
	int id, i;

	if (!btf) {
		fprintf(stderr, "object has no BTF (compile with -g)\n");
		return -ENOENT;
	}
	id = btf__find_by_name_kind(btf, sec, BTF_KIND_DATASEC);
	if (id < 0) {
		fprintf(stderr, "no section %s in BTF\n", sec);
		return -ENOENT;
	}
	t = btf__type_by_id(btf, id);
	vs = btf_var_secinfos(t);
	for (i = 0; i < btf_vlen(t); i++, vs++) {
		const struct btf_type *v = btf__type_by_id(btf, vs->type);

		if (strcmp(btf__name_by_offset(btf, v->name_off), var) != 0)
			continue;
		if (vs->size != size) {
			fprintf(stderr, "%s: size %u, expected %zu\n", var,
				vs->size, size);
			return -EINVAL;
		}
		*offset = vs->offset;
		return 0;
	}
	fprintf(stderr, "no variable %s in %s\n", var, sec);
	return -ENOENT;
}

int bench_set_global(struct bench *b, const char *sec, const char *var,
		     const void *val, size_t size)
{
	struct bpf_map *map = bpf_object__find_map_by_name(b->obj, sec);
	const void *init;
	size_t off, secsz;
	char *copy;
	int err;

	if (!map) {
		fprintf(stderr, "no map for section %s\n", sec);
		return -ENOENT;
	}
	err = global_offset(b, sec, var, size, &off);
	if (err)
		return err;
	init = bpf_map__initial_value(map, &secsz);
	if (!init || off + size > secsz)
		return -EINVAL;
	copy = malloc(secsz);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, init, secsz);
	memcpy(copy + off, val, size);
	err = bpf_map__set_initial_value(map, copy, secsz);
	free(copy);
	if (err)
		fprintf(stderr, "cannot set %s: %s\n", var, strerror(-err));
	return err;
}

int bench_load_attach(struct bench *b)
{
	struct bpf_program *prog;
	int err;

	err = bpf_object__load(b->obj);
	if (err) {
		fprintf(stderr, "cannot load BPF object: %s\n", strerror(-err));
		return err;
	}
	bpf_object__for_each_program(prog, b->obj) {
		struct bpf_link *link;

		if (b->nlinks == BENCH_MAX_LINKS)
			return -E2BIG;
		link = bpf_program__attach(prog);
		err = libbpf_get_error(link);
		if (err) {
			fprintf(stderr, "cannot attach %s: %s\n",
				bpf_program__name(prog), strerror(-err));
			return err;
		}
		b->links[b->nlinks++] = link;
	}
	return 0;
}

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

void bench_wait(void)
{
	struct sigaction sa;
	sigset_t block, orig;
	char buf[4096];

	/*
	 * Keep the signals blocked except inside ppoll(), so one that arrives
	 * before we wait is not lost.  Installing a handler also undoes the
	 * SIG_IGN a non-interactive shell gives to background jobs.
	 */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigprocmask(SIG_BLOCK, &block, &orig);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigdelset(&orig, SIGINT);
	sigdelset(&orig, SIGTERM);

	printf("ready\n");
	fflush(stdout);

	while (!stop_requested) {
		struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
		int n = ppoll(&pfd, 1, NULL, &orig);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("ppoll");
			break;
		}
		if (pfd.revents & POLLNVAL)
			break;		/* no stdin at all */
		if (pfd.revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t r = read(STDIN_FILENO, buf, sizeof(buf));

			if (r == 0 || (r < 0 && errno != EINTR && errno != EAGAIN))
				break;	/* EOF or error: stdin closed */
		}
	}
	sigprocmask(SIG_SETMASK, &orig, NULL);
}

int bench_get_global(struct bench *b, const char *sec, const char *var,
		     void *val, size_t size)
{
	struct bpf_map *map = bpf_object__find_map_by_name(b->obj, sec);
	size_t off, vsz;
	uint32_t zero = 0;
	char *buf;
	int err;

	if (!map) {
		fprintf(stderr, "no map for section %s\n", sec);
		return -ENOENT;
	}
	err = global_offset(b, sec, var, size, &off);
	if (err)
		return err;
	/*
	 * A section map has one element holding the whole section; read it
	 * from the kernel (libbpf 1.1 does not remap its copy without a
	 * skeleton).
	 */
	vsz = bpf_map__value_size(map);
	if (off + size > vsz)
		return -EINVAL;
	buf = malloc(vsz);
	if (!buf)
		return -ENOMEM;
	err = bpf_map__lookup_elem(map, &zero, sizeof(zero), buf, vsz, 0);
	if (err)
		fprintf(stderr, "cannot read %s: %s\n", sec, strerror(-err));
	else
		memcpy(val, buf + off, size);
	free(buf);
	return err;
}

void bench_close(struct bench *b)
{
	while (b->nlinks)
		bpf_link__destroy(b->links[--b->nlinks]);
	bpf_object__close(b->obj);
	b->obj = NULL;
}
