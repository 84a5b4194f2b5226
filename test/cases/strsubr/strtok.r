[usr][local][//lib]
[:x]
[a] [,b]
[x]

