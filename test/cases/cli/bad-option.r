exit status 2
stdout bytes: 0
dtrace: invalid option -- 'y'
usage shown
