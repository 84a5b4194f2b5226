dtrace 1 1 1 O

