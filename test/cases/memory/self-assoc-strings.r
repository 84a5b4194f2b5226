getppid_n! global
getppid_n! global

