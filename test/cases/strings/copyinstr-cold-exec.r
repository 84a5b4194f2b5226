entry
@@PROGS/coldpath
return 0
entry
return 0

