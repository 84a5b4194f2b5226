dtrace dtrace 1

