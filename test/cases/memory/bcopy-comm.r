dtrace 6

