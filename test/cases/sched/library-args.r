sleeper leaves the CPU to another process: 1

