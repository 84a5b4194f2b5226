x is 3
x is non-zero

