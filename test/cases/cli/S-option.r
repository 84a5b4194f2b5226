exit status 0
stdout bytes: 0
intermediate code on stderr
