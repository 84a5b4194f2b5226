errno = 0

