preempt fired
tick fired
wrong context 0

