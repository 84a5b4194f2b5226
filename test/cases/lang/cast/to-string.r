dtrace 1

