C

