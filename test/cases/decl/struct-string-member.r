40 36 32
hello 3 4

