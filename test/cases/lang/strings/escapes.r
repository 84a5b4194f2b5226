[a	b]
[say "hi"]
[back\slash]
[ABC]

