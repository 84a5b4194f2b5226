exit status 2
stdout bytes: 0
usage first
