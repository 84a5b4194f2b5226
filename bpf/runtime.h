/*
 * runtime.h -- the BPF runtime library: functions written in C, compiled for
 * the BPF target (bpf/runtime.c -> bpf/runtime.bpf.o) and embedded in
 * libdtrace, which appends the ones a program calls as BPF-to-BPF
 * subprograms (libdtrace/dt_runtime.c).
 *
 * For BPF-side C only.  Rules for everything declared here:
 *  - defined non-static and __attribute__((noinline)) in runtime.c, so each
 *    one is a function symbol of its own in .text;
 *  - no maps, no global or static data, no string literals: the only
 *    relocations allowed are calls between these functions;
 *  - at most five arguments, all scalars or pointers;
 *  - verified in the caller's context (static subprograms): pointer
 *    arguments are whatever the caller passes (map values, stack), and loop
 *    bounds must be known to the verifier from the caller's arguments.
 */
#ifndef DT_BPF_RUNTIME_H
#define DT_BPF_RUNTIME_H

#ifndef __bpf__
#error "bpf/runtime.h is for code compiled for the BPF target"
#endif

#define DT_RT_FUNC __attribute__((noinline))

/*
 * strncmp(): compare at most n bytes of s1 and s2, stopping after the first
 * NUL; the difference of the first differing bytes as unsigned chars, or 0.
 * Both strings must have n readable bytes; n must be known to the verifier
 * (a constant in the caller, at most 4096).
 */
DT_RT_FUNC int dt_strcmp(const char *s1, const char *s2, unsigned long n);

/*
 * The current process's arguments, its argument area [start, end) in user
 * memory, as one line in dst (size bytes, a constant in the caller): NULs
 * between arguments become spaces, trailing ones go.  The length, or the
 * helper's negative error when the area cannot be read.
 */
DT_RT_FUNC long dt_psargs(char *dst, unsigned long start, unsigned long end, unsigned long size);

#endif /* DT_BPF_RUNTIME_H */
