3 b -1
3 a 0
2 b 0
1 c 0
by key, second field first
2 b 8
3 b 7
1 c 9
by key, first field first
1 c 9
2 b 8
3 b 7

