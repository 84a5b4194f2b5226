3 1 3 8
2 5 3 2
1 5 7 2
4 9 3 0
pos 1
4 9 3 0
2 5 3 2
3 1 3 8
1 5 7 2
pos 2
4 9 3 0
2 5 3 2
1 5 7 2
3 1 3 8
pos 2, reversed
3 1 3 8
1 5 7 2
2 5 3 2
4 9 3 0
pos 7 (past the last), not reversed
3 1 3 8
2 5 3 2
1 5 7 2
4 9 3 0

