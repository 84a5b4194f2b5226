a
a, not b
b=2

