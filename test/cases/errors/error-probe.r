ERROR fired: fault 4

