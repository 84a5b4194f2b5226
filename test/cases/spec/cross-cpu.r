getppid on CPU 1
BEGIN on CPU 0

