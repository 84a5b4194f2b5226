1
dtrace

