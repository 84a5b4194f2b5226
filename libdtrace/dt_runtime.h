/*
 * dt_runtime.h -- the BPF runtime library (bpf/runtime.c), compiled for the
 * BPF target at build time and embedded in libdtrace.  Generated code calls
 * its functions as BPF-to-BPF calls; the linker appends what is called.
 */
#ifndef DT_RUNTIME_H
#define DT_RUNTIME_H

#include <stddef.h>
#include <linux/bpf.h>
#include "dt_impl.h"

/*
 * A call to runtime function ID is emitted as
 *   BPF_JMP|BPF_CALL, src_reg = BPF_PSEUDO_CALL, imm = DT_RT_CALL_MARK | id
 * and fixed up by dt_runtime_link().
 */
#define DT_RT_CALL_MARK 0x40000000

/* Index of a runtime function by its C name, or -1. */
int dt_runtime_id(const char *name);

/*
 * Append to 'prog' every runtime function it calls (and what those call),
 * once each, and point the marked calls at them.  0, or -1 with err set.
 * The embedded object is parsed on each call (it is small): no global state.
 */
int dt_runtime_link(dt_insnbuf_t *prog, char *err, size_t errlen);

#endif
