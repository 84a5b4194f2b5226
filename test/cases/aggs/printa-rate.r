30 printa() calls
each printed 10000 rows
on time
