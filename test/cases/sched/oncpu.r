on-cpu fired
off-cpu fired
sleep fired
wrong arguments 0

