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
