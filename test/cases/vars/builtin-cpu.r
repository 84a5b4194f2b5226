BEGIN on 1
getppid on 1

