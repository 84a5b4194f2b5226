exit status 2
stdout bytes: 0
dtrace: option requires an argument -- 'n'
usage shown
