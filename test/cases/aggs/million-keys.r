1000000 keys
1000000 rows
printed in under 2 s
