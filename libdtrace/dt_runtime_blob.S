/*
 * dt_runtime_blob.S -- embeds the BPF runtime library object
 * (bpf/runtime.bpf.o, built from bpf/runtime.c) in libdtrace, as the bytes
 * dt_runtime_obj .. dt_runtime_obj_end.  The object is found on the include
 * path (the Makefile passes -I$(top_builddir)/bpf); dt_runtime.c parses it.
 */
	.section .rodata
	.balign 8
	.globl	dt_runtime_obj
	.type	dt_runtime_obj, %object
dt_runtime_obj:
	.incbin	"runtime.bpf.o"
	.globl	dt_runtime_obj_end
	.type	dt_runtime_obj_end, %object
dt_runtime_obj_end:
	.size	dt_runtime_obj, dt_runtime_obj_end - dt_runtime_obj
	.size	dt_runtime_obj_end, 0

	.section .note.GNU-stack, "", %progbits
