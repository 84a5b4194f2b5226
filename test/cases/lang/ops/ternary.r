big
3 10
5

