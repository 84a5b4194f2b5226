exit status 1
stdout bytes: 0
1
specifier shown
token shown
