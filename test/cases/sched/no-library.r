no args: 0
args: 1
io args: 1
