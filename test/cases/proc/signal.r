signal-send 10 from self 1
signal-handle 10 si_signo 10 si_pid self 1 handler 1
signal-discard 12 from self 1

