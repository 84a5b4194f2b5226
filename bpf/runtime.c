/*
 * runtime.c -- the BPF runtime library (see runtime.h for the rules).
 *
 * Built with clang -target bpf -O2 into bpf/runtime.bpf.o, embedded in
 * libdtrace by libdtrace/dt_runtime_blob.S; libdtrace/dt_runtime.c appends
 * the functions a program calls to the program.
 */
#include "runtime.h"

DT_RT_FUNC int
dt_strcmp(const char *s1, const char *s2, unsigned long n)
{
	unsigned long i;

	/*
	 * One byte per iteration: the verifier walks every iteration (n is a
	 * constant in the caller's frame), so the accesses stay within the n
	 * bytes it was shown, whatever the pointers' alignment.  Equal bytes
	 * that are not NUL are the only way round the loop.
	 */
	for (i = 0; i < n; i++) {
		unsigned int c1 = (unsigned char)s1[i];
		unsigned int c2 = (unsigned char)s2[i];

		if (c1 != c2 || c1 == 0)
			return (int)c1 - (int)c2;
	}
	return 0;
}

/* bpf_probe_read_user(), by its helper number: no relocation needed */
static long (*const rt_probe_read_user)(void *dst, unsigned int size, const void *src) =
	(void *)112;

DT_RT_FUNC long
dt_psargs(char *dst, unsigned long start, unsigned long end, unsigned long size)
{
	unsigned long n = end > start ? end - start : 0, i;
	long rc;

	if (size == 0)
		return 0;
	if (n > size - 1)
		n = size - 1;
	dst[0] = 0;
	if (n == 0)
		return 0;
	rc = rt_probe_read_user(dst, (unsigned int)n, (const void *)start);
	if (rc < 0) {
		dst[0] = 0;
		return rc;
	}
	/* the arguments are NUL-separated: one line, as ps shows it */
	for (i = 0; i < n; i++)
		if (dst[i] == 0)
			dst[i] = ' ';
	while (n > 0 && dst[n - 1] == ' ')
		n--;
	dst[n] = 0;
	return (long)n;
}
