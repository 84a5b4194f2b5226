11 2 0 hello [] 2 0
0

