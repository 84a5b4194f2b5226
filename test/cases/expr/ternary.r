1
2
50
positive

