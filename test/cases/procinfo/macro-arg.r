hello 1

