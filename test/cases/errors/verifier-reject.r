exit status 1
dtrace: could not enable tracing: BPF program for dtrace:::BEGIN rejected by the kernel verifier: processed N insns ... (-xbpflog shows the verifier log)
